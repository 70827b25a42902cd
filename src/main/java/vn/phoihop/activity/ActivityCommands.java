package vn.phoihop.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
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

	private final JdbcTemplate jdbc;

	ActivityCommands(ActivityRepository activities, ActivityLog log, ActivityAccess access, ActivityRules rules,
			MonthLock lock, AuditService audit, JdbcTemplate jdbc) {
		this.activities = activities;
		this.log = log;
		this.access = access;
		this.rules = rules;
		this.lock = lock;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** A fresh one-time token for a new-activity form. */
	String newToken() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Saves the form (a new activity when it has no id), submitted or as a draft. The rules' errors go into
	 * {@code errors} with nothing saved (empty result); so do errors the binding found before. A rule that only the
	 * save itself can see (a stale version, a month locked meanwhile) is thrown as for any other save.
	 */
	Optional<Activity> save(CurrentUser user, ActivityForm form, boolean submit, Errors errors) {
		access.requireLogger(user);
		Activity existing = form.id == null ? null : log.get(user, form.id);
		MonthLock.Locks locks = lock.forOneSave();
		rules.check(user, form, existing, submit, locks, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		ActivityStatus status = submit ? ActivityStatus.SUBMITTED : ActivityStatus.DRAFT;
		return Optional.of(existing == null ? create(user, form, status, locks) : update(existing, form, status, locks));
	}

	/**
	 * The form token is consumed in the same transaction as the insert: a second submit of the same form (a double
	 * click) finds it used and gets {@link DuplicateSubmitException} with the first one's id.
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
		a = activities.saveAndFlush(a);
		jdbc.update("update form_token set entity_id = ? where token = ?", a.getId(), form.token);
		audit.record(AuditService.CREATE, a, null);
		return a;
	}

	private Activity update(Activity a, ActivityForm form, ActivityStatus status, MonthLock.Locks locks) {
		a.checkVersion(form.version);
		Map<String, Object> before = a.auditSnapshot();
		a.update(form.values(), status, locks);
		a = activities.saveAndFlush(a);
		audit.record(AuditService.UPDATE, a, before);
		return a;
	}

}
