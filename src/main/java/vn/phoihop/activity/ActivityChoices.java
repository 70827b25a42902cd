package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/** What the activity form offers for a commune: its villages and the agreements valid on a day. */
@Service
@Transactional(readOnly = true)
class ActivityChoices {

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final AgreementService agreements;

	ActivityChoices(TerritoryService territory, ScopeService scopes, AgreementService agreements) {
		this.territory = territory;
		this.scopes = scopes;
		this.agreements = agreements;
	}

	/** The agreements offered for a commune on a day: those of the commune or of the communes merged into it. */
	List<Agreement> agreementsFor(Long communeId, LocalDate day) {
		if (communeId == null || day == null) {
			return List.of();
		}
		return agreements.validOn(scopes.withPredecessors(List.of(communeId)).communeIds(), day);
	}

	/** Villages of a commune and of its predecessors (villages keep their identity through a merge). */
	List<Village> villagesFor(Long communeId) {
		if (communeId == null) {
			return List.of();
		}
		return territory.villagesIn(scopes.withPredecessors(List.of(communeId)));
	}

	/**
	 * Fills in, on a new activity's form, the agreement when only one is offered and the content area the type
	 * usually belongs to (if the agreement chosen has it), each only while the field is not the user's: a field is
	 * the user's once it differs from what was last proposed for it (a proposal emptied included), so a change of
	 * type, commune or date moves the proposals and never a choice.
	 */
	static void propose(ActivityForm f, List<Agreement> offered) {
		if (f.id != null) {
			return;
		}
		if (Objects.equals(f.agreementId, f.proposedAgreementId)) {
			f.agreementId = offered.size() == 1 ? offered.get(0).getId() : null;
			f.proposedAgreementId = f.agreementId;
		}
		if (Objects.equals(f.contentArea, f.proposedContentArea)) {
			ContentArea area = f.type == null ? null : f.type.usualArea();
			Agreement chosen = offered.stream().filter(a -> a.getId().equals(f.agreementId)).findFirst().orElse(null);
			if (area != null && chosen != null && !chosen.getContentAreas().isEmpty()
					&& !chosen.getContentAreas().contains(area)) {
				area = null;
			}
			f.contentArea = area;
			f.proposedContentArea = area;
		}
	}

	/** An activity's agreement for its label on the detail page (one statement, no collections). */
	Agreement agreementForLabel(Long agreementId) {
		return agreements.findForLabel(agreementId).orElse(null);
	}

}
