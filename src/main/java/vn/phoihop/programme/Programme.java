package vn.phoihop.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/**
 * A support programme (chương trình) of one unit: a border post or a commune (V091 checks exactly one). Its period
 * runs from a day to an optional last day; who it reaches are its {@link Beneficiary beneficiaries}.
 */
@Entity
@Table(name = "programme")
public class Programme extends BaseEntity implements Auditable {

	@Column(name = "kind_id")
	private Long kindId;

	private String name;

	@Column(name = "post_id")
	private Long postId;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private String description;

	protected Programme() {
	}

	private Programme(Long postId, Long communeId) {
		this.postId = postId;
		this.communeId = communeId;
	}

	/** A programme of a border post (its commander runs it). */
	static Programme ofPost(long postId) {
		return new Programme(postId, null);
	}

	/** A programme of a commune (its officials run it). */
	static Programme ofCommune(long communeId) {
		return new Programme(null, communeId);
	}

	void describe(Long kindId, String name, LocalDate startsOn, LocalDate endsOn, String description) {
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("a programme ends on or after its start");
		}
		this.kindId = kindId;
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.description = description;
	}

	/** Whether the day falls within the programme's period. */
	public boolean runsOn(LocalDate day) {
		return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
	}

	public boolean isOfPost() {
		return postId != null;
	}

	public Long getKindId() {
		return kindId;
	}

	public String getName() {
		return name;
	}

	public Long getPostId() {
		return postId;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getDescription() {
		return description;
	}

	@Override
	public String auditType() {
		return "Programme";
	}

	@Override
	public AuditUnit auditUnit() {
		return postId != null ? AuditUnit.post(postId) : AuditUnit.commune(communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kindId", kindId);
		m.put("name", name);
		m.put("postId", postId);
		m.put("communeId", communeId);
		m.put("startsOn", startsOn == null ? null : startsOn.toString());
		m.put("endsOn", endsOn == null ? null : endsOn.toString());
		m.put("description", description);
		return m;
	}

	@Override
	public String toString() {
		return name;
	}

}
