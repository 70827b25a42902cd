package vn.phoihop.border;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;

/** A post's segment: its name and the days after which a marker not inspected is flagged (the commander's setting). */
@Entity
@Table(name = "border_setting")
public class BorderSetting implements Auditable {

	public static final int DEFAULT_DAYS = 90;

	@Id
	@Column(name = "post_id")
	private Long postId;

	@Column(name = "segment_name")
	private String segmentName;

	@Column(name = "inspection_days")
	private int inspectionDays = DEFAULT_DAYS;

	@Version
	private int version;

	protected BorderSetting() {
	}

	BorderSetting(Long postId) {
		this.postId = postId;
	}

	void update(String segmentName, int inspectionDays) {
		this.segmentName = segmentName;
		this.inspectionDays = inspectionDays;
	}

	public Long getPostId() {
		return postId;
	}

	public String getSegmentName() {
		return segmentName;
	}

	public int getInspectionDays() {
		return inspectionDays;
	}

	public int getVersion() {
		return version;
	}

	@Override
	public Long getId() {
		return postId;
	}

	@Override
	public String auditType() {
		return "BorderSetting";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("segmentName", segmentName);
		m.put("inspectionDays", inspectionDays);
		return m;
	}

}
