package vn.phoihop.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.Household;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.programme.ProgrammeForms.BeneficiaryForm;
import vn.phoihop.programme.ProgrammeForms.LeaveForm;
import vn.phoihop.programme.ProgrammeForms.ProgrammeForm;
import vn.phoihop.programme.ProgrammeForms.SupportForm;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * The programmes' writes: a programme created or changed by its unit, a beneficiary added, support recorded (or a
 * mistaken record removed), a beneficiary leaving. Each checks who may ({@link ProgrammeAccess}) on the record read
 * within the user's scope (an id outside it is a 404) and is audited in its transaction.
 */
@Service
@Transactional
class ProgrammeCommands {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String LEAVE = "LEAVE";

	private final ProgrammeRepository programmes;

	private final ProgrammeKindRepository kinds;

	private final BeneficiaryRepository beneficiaries;

	private final SupportRepository supports;

	private final ProgrammeAccess access;

	private final HouseholdService households;

	private final AuditService audit;

	ProgrammeCommands(ProgrammeRepository programmes, ProgrammeKindRepository kinds,
			BeneficiaryRepository beneficiaries, SupportRepository supports, ProgrammeAccess access,
			HouseholdService households, AuditService audit) {
		this.programmes = programmes;
		this.kinds = kinds;
		this.beneficiaries = beneficiaries;
		this.supports = supports;
		this.access = access;
		this.households = households;
		this.audit = audit;
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** A programme the user sees (404 otherwise); its names only for those who read names. */
	@Transactional(readOnly = true)
	Programme programme(CurrentUser user, Long id) {
		access.requireNames(user);
		return access.inScope(user, programmes.findById(id).orElse(null));
	}

	/** A beneficiary of the programme, of the reader's scope; else 404. */
	@Transactional(readOnly = true)
	Beneficiary beneficiary(CurrentUser user, Long programmeId, Long id) {
		Programme p = programme(user, programmeId);
		Beneficiary b = beneficiaries.findById(id).orElseThrow(NotFoundException::new);
		if (!b.getProgramme().getId().equals(p.getId()) || !access.scope(user).includes(b.getCommuneId())) {
			throw new NotFoundException();
		}
		return b;
	}

	Long create(CurrentUser user, ProgrammeForm f) {
		access.requireCreate(user);
		Programme p = user.is(Role.COMMANDER) ? Programme.ofPost(user.postId()) : Programme.ofCommune(user.communeId());
		describe(p, f, true);
		programmes.saveAndFlush(p);
		audit.record(AuditService.CREATE, p, null);
		return p.getId();
	}

	void update(CurrentUser user, Long id, ProgrammeForm f) {
		Programme p = programme(user, id);
		if (!access.mayEdit(user, p)) {
			throw new AccessDeniedException("programme");
		}
		p.checkVersion(f.getVersion());
		Map<String, Object> before = p.auditSnapshot();
		describe(p, f, false);
		programmes.saveAndFlush(p);
		audit.record(AuditService.UPDATE, p, before);
	}

	private void describe(Programme p, ProgrammeForm f, boolean isNew) {
		ProgrammeKind kind = kinds.findById(f.getKindId()).orElse(null);
		if (kind == null || (!kind.isActive() && (isNew || !kind.getId().equals(p.getKindId())))) {
			throw new BusinessRuleException("kindId", "NotNull");
		}
		if (f.getEndsOn() != null && f.getEndsOn().isBefore(f.getStartsOn())) {
			throw new BusinessRuleException("endsOn", "programme.endsOn.beforeStart");
		}
		p.describe(kind.getId(), f.getName().strip(), f.getStartsOn(), f.getEndsOn(), blank(f.getDescription()));
	}

	/** Adds a household, or a person of it, of the user's own scope; once at a time. */
	Long addBeneficiary(CurrentUser user, Long programmeId, BeneficiaryForm f) {
		Programme p = recording(user, programmeId);
		Long householdId = f.householdId();
		if (householdId == null) {
			throw new BusinessRuleException("who", "programme.beneficiary.who.required");
		}
		Household h = households.get(user, householdId); // 404 outside the user's scope
		Long memberId = f.memberId();
		if (memberId != null && h.getMemberList().stream().noneMatch(m -> m.getId().equals(memberId))) {
			throw new NotFoundException();
		}
		if (h.isArchived()) {
			throw new BusinessRuleException("who", "programme.beneficiary.archived");
		}
		if (f.getJoinedOn().isAfter(today())) {
			throw new BusinessRuleException("joinedOn", "programme.date.future");
		}
		if (!p.runsOn(f.getJoinedOn())) {
			throw new BusinessRuleException("joinedOn", "programme.date.outside");
		}
		if (beneficiaries.isCurrent(p.getId(), h.getId(), memberId)) {
			throw new BusinessRuleException("who", "programme.beneficiary.already");
		}
		Beneficiary b = beneficiaries.saveAndFlush(new Beneficiary(p, h.getId(), memberId, h.getCommuneId(),
				f.getJoinedOn()));
		audit.record(AuditService.CREATE, b, null);
		return b.getId();
	}

	void recordSupport(CurrentUser user, Long programmeId, Long beneficiaryId, SupportForm f) {
		Beneficiary b = forRecording(user, programmeId, beneficiaryId);
		if (f.getGivenOn().isAfter(today())) {
			throw new BusinessRuleException("givenOn", "programme.date.future");
		}
		if (!b.getProgramme().runsOn(f.getGivenOn())) {
			throw new BusinessRuleException("givenOn", "programme.date.outside");
		}
		if (!b.takesSupportOn(f.getGivenOn())) {
			throw new BusinessRuleException("givenOn", "programme.support.notMember");
		}
		Support s = supports.saveAndFlush(new Support(b, f.getGivenOn(), f.getKind(), f.getQuantity(),
				blank(f.getUnit()), f.getValueDong(), blank(f.getGivenBy())));
		audit.record(AuditService.CREATE, s, null);
	}

	void removeSupport(CurrentUser user, Long programmeId, Long beneficiaryId, Long supportId) {
		Beneficiary b = forRecording(user, programmeId, beneficiaryId);
		Support s = supports.findByBeneficiary(b.getId()).stream()
			.filter(x -> x.getId().equals(supportId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		audit.record(AuditService.DELETE, s, s.auditSnapshot());
		supports.delete(s);
	}

	void leave(CurrentUser user, Long programmeId, Long beneficiaryId, LeaveForm f) {
		Beneficiary b = forRecording(user, programmeId, beneficiaryId);
		b.checkVersion(f.getVersion());
		if (!b.isCurrent()) {
			throw new BusinessRuleException(null, "programme.leave.already");
		}
		if (f.getLeftOn().isAfter(today())) {
			throw new BusinessRuleException("leftOn", "programme.date.future");
		}
		if (f.getLeftOn().isBefore(b.getJoinedOn())) {
			throw new BusinessRuleException("leftOn", "programme.leave.beforeJoined");
		}
		Map<String, Object> before = b.auditSnapshot();
		b.leave(f.getLeftOn(), f.getReason().strip());
		beneficiaries.saveAndFlush(b);
		audit.record(LEAVE, b, f.getReason().strip().length() > 500 ? f.getReason().strip().substring(0, 500)
				: f.getReason().strip(), before, b.auditSnapshot());
	}

	private Programme recording(CurrentUser user, Long programmeId) {
		Programme p = programme(user, programmeId);
		if (!access.mayRecord(user, p)) {
			throw new AccessDeniedException("programme");
		}
		return p;
	}

	private Beneficiary forRecording(CurrentUser user, Long programmeId, Long beneficiaryId) {
		Beneficiary b = beneficiary(user, programmeId, beneficiaryId);
		if (!access.mayRecordFor(user, b)) {
			throw new AccessDeniedException("beneficiary");
		}
		return b;
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
