package vn.phoihop.household;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** A cadre or party member of a border post (cán bộ, đảng viên), who may be put in charge of villages and households. */
@Entity
@Table(name = "cadre")
public class Cadre extends BaseEntity implements Auditable {

	@Column(name = "post_id")
	private Long postId;

	private String name;

	@Column(name = "rank")
	private String rank;

	private String position;

	@Column(name = "party_member")
	private boolean partyMember;

	@Column(name = "user_id")
	private Long userId;

	protected Cadre() {
	}

	Cadre(Long postId) {
		this.postId = postId;
	}

	void update(Long postId, String name, String rank, String position, boolean partyMember) {
		this.postId = postId;
		this.name = name;
		this.rank = rank;
		this.position = position;
		this.partyMember = partyMember;
	}

	public Long getPostId() {
		return postId;
	}

	public String getName() {
		return name;
	}

	public String getRank() {
		return rank;
	}

	public String getPosition() {
		return position;
	}

	public boolean isPartyMember() {
		return partyMember;
	}

	public Long getUserId() {
		return userId;
	}

	/** "Thượng úy Hồ Văn Nam" for select boxes. */
	public String getLabel() {
		return rank == null || rank.isBlank() ? name : rank + " " + name;
	}

	@Override
	public String auditType() {
		return "Cadre";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("postId", postId);
		m.put("name", name);
		m.put("rank", rank);
		m.put("position", position);
		m.put("partyMember", partyMember);
		return m;
	}

	@Override
	public String toString() {
		return getLabel();
	}

}
