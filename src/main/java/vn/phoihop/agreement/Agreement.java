package vn.phoihop.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * A coordination agreement (Quy chế phối hợp) of a border post with one or more communes for a period. Guards its
 * own life cycle: DRAFT → ACTIVE → ENDED, or ACTIVE/ENDED → SUPERSEDED by a newer agreement.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends BaseEntity implements Auditable {

	@Column(name = "post_id", nullable = false)
	private Long postId;

	@ElementCollection
	@CollectionTable(name = "agreement_commune", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "commune_id")
	private Set<Long> communeIds = new TreeSet<>();

	private String number;

	private String title;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "post_signatory")
	private String postSignatory;

	@Column(name = "commune_signatory")
	private String communeSignatory;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status = AgreementStatus.DRAFT;

	@Column(name = "superseded_by_id")
	private Long supersededById;

	@ElementCollection
	@CollectionTable(name = "agreement_content_area", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "content_area")
	@Convert(converter = ContentAreaConverter.class)
	private Set<ContentArea> contentAreas = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "agreement_target", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	private List<Target> targets = new ArrayList<>();

	protected Agreement() {
	}

	public Agreement(Long postId) {
		this.postId = postId;
	}

	/** Sets everything the form edits. */
	void update(Set<Long> communeIds, String number, String title, LocalDate signedOn, LocalDate validFrom,
			LocalDate validTo, String postSignatory, String communeSignatory, Set<ContentArea> contentAreas,
			List<Target> targets) {
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new BusinessRuleException("validTo", "validation.dateRange");
		}
		this.communeIds.clear();
		this.communeIds.addAll(communeIds);
		this.number = number;
		this.title = title;
		this.signedOn = signedOn;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.postSignatory = postSignatory;
		this.communeSignatory = communeSignatory;
		this.contentAreas.clear();
		this.contentAreas.addAll(contentAreas);
		this.targets.clear();
		this.targets.addAll(targets);
	}

	public void activate() {
		if (status != AgreementStatus.DRAFT) {
			throw new BusinessRuleException(null, "agreement.transition.refused");
		}
		status = AgreementStatus.ACTIVE;
	}

	public void end() {
		if (status != AgreementStatus.ACTIVE) {
			throw new BusinessRuleException(null, "agreement.transition.refused");
		}
		status = AgreementStatus.ENDED;
	}

	/** A newer agreement of the same post, starting after this one started, replaces it. */
	public void supersede(Agreement newer) {
		if (status != AgreementStatus.ACTIVE && status != AgreementStatus.ENDED) {
			throw new BusinessRuleException(null, "agreement.transition.refused");
		}
		if (newer == null || newer == this || newer.getId() == null || newer.getId().equals(getId())
				|| !newer.postId.equals(postId) || !newer.validFrom.isAfter(validFrom)) {
			throw new BusinessRuleException("supersededById", "agreement.supersede.invalid");
		}
		status = AgreementStatus.SUPERSEDED;
		supersededById = newer.getId();
	}

	public boolean isValidOn(LocalDate day) {
		return day != null && !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

	public boolean canActivate() {
		return status == AgreementStatus.DRAFT;
	}

	public boolean canEnd() {
		return status == AgreementStatus.ACTIVE;
	}

	public boolean canSupersede() {
		return status == AgreementStatus.ACTIVE || status == AgreementStatus.ENDED;
	}

	public Long getPostId() {
		return postId;
	}

	public Set<Long> getCommuneIds() {
		return communeIds;
	}

	public String getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public String getPostSignatory() {
		return postSignatory;
	}

	public String getCommuneSignatory() {
		return communeSignatory;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public Long getSupersededById() {
		return supersededById;
	}

	public Set<ContentArea> getContentAreas() {
		return contentAreas;
	}

	public List<Target> getTargets() {
		return targets;
	}

	/** "Số 01/QCPH · 2021–2025", for select boxes. */
	public String getLabel() {
		return number + " · " + validFrom.getYear() + "–" + validTo.getYear() + " · " + title;
	}

	@Override
	public String auditType() {
		return "Agreement";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("postId", postId);
		m.put("communeIds", List.copyOf(communeIds));
		m.put("number", number);
		m.put("title", title);
		m.put("signedOn", signedOn == null ? null : signedOn.toString());
		m.put("validFrom", validFrom == null ? null : validFrom.toString());
		m.put("validTo", validTo == null ? null : validTo.toString());
		m.put("postSignatory", postSignatory);
		m.put("communeSignatory", communeSignatory);
		m.put("status", status.name());
		m.put("supersededById", supersededById);
		m.put("contentAreas", contentAreas.stream().map(ContentArea::name).toList());
		m.put("targets", targets.stream().map(Target::toString).toList());
		return m;
	}

	@Override
	public String toString() {
		return number + " " + title;
	}

}
