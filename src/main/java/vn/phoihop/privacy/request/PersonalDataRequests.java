package vn.phoihop.privacy.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.Household;
import vn.phoihop.household.HouseholdAnonymisation;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * The requests of the people concerned: list, record, and the moves of each (docs/privacy.md §3). Every read and
 * write takes the user: a request outside their scope (the household's commune) is a 404, a role that may not read
 * or handle them a 403. Each move is audited with the request's commune.
 */
@Service
@Transactional
public class PersonalDataRequests {

	private final PersonalDataRequestRepository requests;

	private final ScopeService scopes;

	private final HouseholdService households;

	private final HouseholdAnonymisation anonymisation;

	private final AuditService audit;

	private final RequestDeadlines deadlines;

	PersonalDataRequests(PersonalDataRequestRepository requests, ScopeService scopes, HouseholdService households,
			HouseholdAnonymisation anonymisation, AuditService audit, RequestDeadlines deadlines) {
		this.requests = requests;
		this.scopes = scopes;
		this.households = households;
		this.anonymisation = anonymisation;
		this.audit = audit;
		this.deadlines = deadlines;
	}

	public RequestDeadlines deadlines() {
		return deadlines;
	}

	@Transactional(readOnly = true)
	public Page<PersonalDataRequest> list(CurrentUser user, RequestFilter f, int page) {
		RequestAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		return requests.search(s.all(), s.idsForQuery(), f.blankQ(), f.getKind(), f.getStatus(), f.getHousehold(),
				f.isOverdue(), LocalDate.now(), PageRequest.of(Paging.index(page), Paging.SIZE,
						Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"))));
	}

	/** The open requests of the user's scope past their deadline (none for a role that reads no request). */
	@Transactional(readOnly = true)
	public long overdue(CurrentUser user, LocalDate today) {
		if (!RequestAccess.canRead(user)) {
			return 0;
		}
		Scope s = scopes.scopeOf(user);
		return requests.countOverdue(s.all(), s.idsForQuery(), today);
	}

	@Transactional(readOnly = true)
	public PersonalDataRequest get(CurrentUser user, Long id) {
		RequestAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		return requests.findInScope(id, s.all(), s.idsForQuery()).orElseThrow(NotFoundException::new);
	}

	/** The household a request is (or will be) about, within the user's scope; null when it is not. */
	@Transactional(readOnly = true)
	public Household household(CurrentUser user, Long householdId) {
		if (householdId == null) {
			return null;
		}
		// a scoped read that answers nothing rather than throwing (an exception would mark the caller's transaction)
		return households.byIds(user, java.util.List.of(householdId)).stream().findFirst().orElse(null);
	}

	public PersonalDataRequest create(CurrentUser user, RequestForm form) {
		RequestAccess.requireHandle(user);
		Household h = household(user, form.getHouseholdId());
		if (h == null) {
			throw new BusinessRuleException("householdId", "privacy.request.err.household");
		}
		if (form.getReceivedOn().isAfter(LocalDate.now())) {
			throw new BusinessRuleException("receivedOn", "privacy.request.err.receivedOn");
		}
		PersonalDataRequest r = requests.saveAndFlush(new PersonalDataRequest(h.getId(), h.getCommuneId(),
				form.getKind(), form.getRequesterName().strip(), blankToNull(form.getPersonName()),
				blankToNull(form.getDetails()), form.getReceivedOn(), deadlines));
		audit.record(AuditService.CREATE, r, null);
		return r;
	}

	public PersonalDataRequest start(CurrentUser user, Long id, Integer version) {
		return move(user, id, version, "START", null, PersonalDataRequest::start);
	}

	public PersonalDataRequest extend(CurrentUser user, Long id, RequestActionForm form) {
		return move(user, id, form.getVersion(), "EXTEND", form.getReason(), r -> r.extend(
				form.getDays() == null ? 0 : form.getDays(), form.getReason(), deadlines.maxExtensionDays()));
	}

	public PersonalDataRequest answer(CurrentUser user, Long id, RequestActionForm form) {
		return move(user, id, form.getVersion(), "ANSWER", null,
				r -> r.answer(form.getAnswer(), form.getAnsweredOn(), Instant.now()));
	}

	public PersonalDataRequest refuse(CurrentUser user, Long id, RequestActionForm form) {
		return move(user, id, form.getVersion(), "REFUSE", form.getAnswer(),
				r -> r.refuse(form.getAnswer(), form.getAnsweredOn(), Instant.now()));
	}

	/**
	 * A request to delete carried out: the household's personal fields anonymised (its figures stay), the request
	 * marked; both audited.
	 */
	public PersonalDataRequest anonymise(CurrentUser user, Long id, Integer version) {
		return move(user, id, version, HouseholdAnonymisation.ACTION, null, r -> {
			r.anonymised(Instant.now());
			anonymisation.anonymise(r.getHouseholdId(), "PrivacyRequest " + r);
		});
	}

	/** The "see my data" PDF was printed: who, when, for which request (its household's data left the system). */
	public void recordDataExport(CurrentUser user, PersonalDataRequest r) {
		RequestAccess.requireRead(user);
		audit.record(AuditService.EXPORT, r, "subject data PDF, household " + r.getHouseholdId(), null, null);
	}

	private PersonalDataRequest move(CurrentUser user, Long id, Integer version, String action, String reason,
			java.util.function.Consumer<PersonalDataRequest> change) {
		RequestAccess.requireHandle(user);
		PersonalDataRequest r = get(user, id);
		r.checkVersion(version);
		Map<String, Object> before = r.auditSnapshot();
		change.accept(r);
		requests.saveAndFlush(r);
		audit.record(action, r, reason == null || reason.isBlank() ? null : abbreviate(reason.strip()), before,
				r.auditSnapshot());
		return r;
	}

	private static String abbreviate(String s) {
		return s.length() > 500 ? s.substring(0, 500) : s;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
