package vn.phoihop.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.CommunityForms.AssignmentForm;
import vn.phoihop.household.CommunityForms.CadreForm;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * Cadres of a post and their assignments ("3 bám, 4 cùng"). Everyone who may see households sees the cadres of
 * the posts covering their communes; the post's commander edits them.
 */
@Service
@Transactional
public class CadreService {

	private final CadreRepository cadres;

	private final AssignmentRepository assignments;

	private final HouseholdService households;

	private final AuditService audit;

	CadreService(CadreRepository cadres, AssignmentRepository assignments, HouseholdService households,
			AuditService audit) {
		this.cadres = cadres;
		this.assignments = assignments;
		this.households = households;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Cadre> list(CurrentUser user) {
		HouseholdAccess.requireRead(user);
		return households.cadres(user);
	}

	@Transactional(readOnly = true)
	public Cadre get(CurrentUser user, Long id) {
		return list(user).stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Assignment> assignmentsOf(CurrentUser user, Long cadreId) {
		get(user, cadreId);
		return assignments.findByCadre(cadreId);
	}

	@Transactional(readOnly = true)
	public List<Assignment> villageAssignments(CurrentUser user, Long villageId) {
		HouseholdAccess.requireRead(user);
		if (!households.villageMap(user).containsKey(villageId)) {
			throw new NotFoundException();
		}
		return assignments.findByVillage(villageId);
	}

	public Cadre save(CurrentUser user, CadreForm form) {
		HouseholdAccess.requireManageCadres(user);
		Cadre c;
		Map<String, Object> before = null;
		if (form.getId() == null) {
			c = new Cadre(user.postId());
		}
		else {
			c = cadres.findById(form.getId())
				.filter(x -> x.getPostId().equals(user.postId()))
				.orElseThrow(NotFoundException::new);
			c.checkVersion(form.getVersion());
			before = c.auditSnapshot();
		}
		c.update(user.postId(), form.getName().strip(), HouseholdService.blank(form.getRank()),
				HouseholdService.blank(form.getPosition()), form.isPartyMember());
		cadres.saveAndFlush(c);
		audit.record(before == null ? AuditService.CREATE : AuditService.UPDATE, c, before);
		return c;
	}

	public Assignment assign(CurrentUser user, Long cadreId, AssignmentForm form) {
		HouseholdAccess.requireManageCadres(user);
		Cadre c = cadres.findById(cadreId)
			.filter(x -> x.getPostId().equals(user.postId()))
			.orElseThrow(NotFoundException::new);
		if ((form.getVillageId() == null) == (form.getHouseholdId() == null)) {
			throw new BusinessRuleException(null, "cadre.assignment.targetRequired");
		}
		if (form.getVillageId() != null && !households.villageMap(user).containsKey(form.getVillageId())) {
			throw new BusinessRuleException("villageId", "cadre.assignment.village.unknown");
		}
		if (form.getHouseholdId() != null) {
			try {
				households.get(user, form.getHouseholdId());
			}
			catch (NotFoundException ex) {
				throw new BusinessRuleException("householdId", "cadre.assignment.household.unknown");
			}
		}
		if (form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
			throw new BusinessRuleException("validTo", "validation.dateRange");
		}
		Assignment a = assignments
			.save(new Assignment(c, form.getVillageId(), form.getHouseholdId(), form.getValidFrom(), form.getValidTo()));
		audit.record(AuditService.CREATE, a, null);
		return a;
	}

	public void endAssignment(CurrentUser user, Long assignmentId) {
		HouseholdAccess.requireManageCadres(user);
		Assignment a = assignments.findById(assignmentId)
			.filter(x -> x.getCadre().getPostId().equals(user.postId()))
			.orElseThrow(NotFoundException::new);
		if (a.getValidTo() != null) {
			return;
		}
		Map<String, Object> before = a.auditSnapshot();
		a.end(LocalDate.now(HouseholdService.ZONE));
		audit.record(AuditService.UPDATE, a, before);
	}

}
