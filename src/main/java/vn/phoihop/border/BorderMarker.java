package vn.phoihop.border;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** A border marker of a post's segment (cột mốc): its number, kind, place in the segment's order and where it is. */
@Entity
@Table(name = "border_marker")
public class BorderMarker extends BaseEntity implements Auditable {

	@Column(name = "post_id")
	private Long postId;

	private String number;

	@Enumerated(EnumType.STRING)
	private MarkerKind kind;

	private int position;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "village_id")
	private Long villageId;

	@Column(name = "group_id")
	private Long groupId;

	private String note;

	protected BorderMarker() {
	}

	BorderMarker(Long postId) {
		this.postId = postId;
	}

	void update(String number, MarkerKind kind, int position, BigDecimal latitude, BigDecimal longitude,
			Long communeId, Long villageId, Long groupId, String note) {
		this.number = number;
		this.kind = kind;
		this.position = position;
		this.latitude = latitude;
		this.longitude = longitude;
		this.communeId = communeId;
		this.villageId = villageId;
		this.groupId = groupId;
		this.note = note;
	}

	public Long getPostId() {
		return postId;
	}

	public String getNumber() {
		return number;
	}

	public MarkerKind getKind() {
		return kind;
	}

	public int getPosition() {
		return position;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public Long getVillageId() {
		return villageId;
	}

	public Long getGroupId() {
		return groupId;
	}

	public String getNote() {
		return note;
	}

	@Override
	public String auditType() {
		return "BorderMarker";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", number);
		m.put("kind", kind == null ? null : kind.name());
		m.put("position", position);
		m.put("latitude", latitude == null ? null : latitude.toPlainString());
		m.put("longitude", longitude == null ? null : longitude.toPlainString());
		m.put("communeId", communeId);
		m.put("villageId", villageId);
		m.put("groupId", groupId);
		m.put("note", note);
		return m;
	}

	@Override
	public String toString() {
		return number;
	}

}
