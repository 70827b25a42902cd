package vn.phoihop.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.phoihop.agreement.Uploads;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * Logging and editing an activity. Each save checks the rules once, inside its own transaction: the activity being
 * edited is read once, the month locks once ({@link MonthLock#forOneSave}), and the activity itself refuses a change
 * in a locked month ({@link Activity#update}).
 */
@Service
@Transactional
class ActivityCommands {

	private final ActivityRepository activities;

	private final ActivityLog log;

	private final ActivityAccess access;

	private final ActivityRules rules;

	private final MonthLock lock;

	private final AuditService audit;

	private final ActivityAttachments attachments;

	private final ActivityChoices choices;

	private final JdbcTemplate jdbc;

	private final ActivityPlanLink planLink;

	ActivityCommands(ActivityRepository activities, ActivityLog log, ActivityAccess access, ActivityRules rules,
			MonthLock lock, AuditService audit, ActivityAttachments attachments, ActivityChoices choices,
			JdbcTemplate jdbc, ActivityPlanLink planLink) {
		this.planLink = planLink;
		this.activities = activities;
		this.log = log;
		this.access = access;
		this.rules = rules;
		this.lock = lock;
		this.audit = audit;
		this.attachments = attachments;
		this.choices = choices;
		this.jdbc = jdbc;
	}

	/** A fresh one-time token for a new-activity form. */
	String newToken() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Saves the form (a new activity when it has no id), submitted or as a draft, with the photos sent with it. The
	 * rules' errors, and a refused photo's, go into {@code errors} with nothing saved (empty result); so do errors the
	 * binding found before. A rule that only the save itself can see (a stale version, a month locked meanwhile) is
	 * thrown as for any other save. A new activity's form sent again (a double click, a restored local draft, a
	 * resend after a lost answer) is recognised by its one-time token before anything is checked:
	 * {@link DuplicateSubmitException} with the first one's id.
	 */
	Optional<Activity> save(CurrentUser user, ActivityForm form, boolean submit, Errors errors) {
		access.requireLogger(user);
		if (form.id == null) {
			Optional<Long> first = savedWith(user.username(), form.token);
			if (first.isPresent()) {
				throw new DuplicateSubmitException(first.get());
			}
		}
		Activity existing = form.id == null ? null : log.get(user, form.id);
		if (existing == null && form.communeId != null && access.mayLogIn(user, form.communeId)) {
			// what the form proposed follows the values sent, where it could not ask again (no JavaScript, a request
			// lost on a weak link: a day changed to another agreement's period, a type changed); choices stay
			ActivityChoices.propose(form, choices.agreementsFor(form.communeId, form.activityDate));
		}
		MonthLock.Locks locks = lock.forOneSave();
		rules.check(user, form, existing, submit, locks, errors);
		planLink.check(form, existing, errors);
		List<Uploads.Checked> photos = attachments.check(form.photos, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		ActivityStatus status = submit ? ActivityStatus.SUBMITTED : ActivityStatus.DRAFT;
		Activity saved = existing == null ? create(user, form, status, locks) : update(existing, form, status, locks);
		attachments.store(user, saved, photos);
		return Optional.of(saved);
	}

	/**
	 * The activity a new-activity form with this one-time token saved, if the user sent it and may read it: how a
	 * page with a kept local draft learns that the server has it after all (its answer was lost on the way).
	 */
	@Transactional(readOnly = true)
	Optional<Activity> sentWith(CurrentUser user, String token) {
		access.requireLogger(user);
		return savedWith(user.username(), token).flatMap(id -> {
			try {
				return Optional.of(log.get(user, id));
			}
			catch (NotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	private Optional<Long> savedWith(String username, String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc.queryForList("select entity_id from form_token where token = ? and username = ? "
				+ "and entity_id is not null", Long.class, token, username).stream().findFirst();
	}

	/**
	 * The form token is consumed in the same transaction as the insert: a second submit of the same form that
	 * arrives while the first is being saved (a double click) finds it used and gets {@link DuplicateSubmitException}
	 * with the first one's id.
	 */
	private Activity create(CurrentUser user, ActivityForm form, ActivityStatus status, MonthLock.Locks locks) {
		if (form.token == null || form.token.isBlank() || form.token.length() > 64) {
			throw new BusinessRuleException(null, "activity.token.missing");
		}
		int inserted = jdbc.update("insert into form_token (token, username) values (?, ?) on conflict do nothing",
				form.token, user.username());
		if (inserted == 0) {
			List<Long> ids = jdbc.queryForList("select entity_id from form_token where token = ? and username = ?",
					Long.class, form.token, user.username());
			throw new DuplicateSubmitException(ids.isEmpty() ? null : ids.get(0));
		}
		Activity a = new Activity(user.username());
		a.update(form.values(), status, locks);
		a.describePatrol(form.patrolKind, form.distanceKm, form.durationHours);
		a.linkPlannedItem(form.plannedItemId);
		a = activities.saveAndFlush(a);
		jdbc.update("update form_token set entity_id = ? where token = ?", a.getId(), form.token);
		audit.record(AuditService.CREATE, a, null);
		return a;
	}

	private Activity update(Activity a, ActivityForm form, ActivityStatus status, MonthLock.Locks locks) {
		a.checkVersion(form.version);
		Map<String, Object> before = a.auditSnapshot();
		a.update(form.values(), status, locks);
		a.describePatrol(form.patrolKind, form.distanceKm, form.durationHours);
		a.linkPlannedItem(form.plannedItemId);
		a = activities.saveAndFlush(a);
		audit.record(AuditService.UPDATE, a, before);
		return a;
	}

}
