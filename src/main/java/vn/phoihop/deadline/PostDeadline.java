package vn.phoihop.deadline;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BusinessRuleException;

/** A post's due days as its commander set them (V080); a post without a row keeps {@link DueDays#DEFAULT}. */
@Entity
@Table(name = "post_deadline")
class PostDeadline implements Auditable {

	static final int LAST_DAY = 28;

	@Id
	@Column(name = "post_id")
	private Long postId;

	@Column(name = "report_day")
	private int reportDay = DueDays.DEFAULT.report();

	@Column(name = "conclusion_day")
	private int conclusionDay = DueDays.DEFAULT.conclusion();

	@Version
	private int version;

	protected PostDeadline() {
	}

	PostDeadline(Long postId) {
		this.postId = postId;
	}

	/** Sets both days: each 1–28, and the conclusion not before the reports it concludes on. */
	void set(int report, int conclusion) {
		if (report < 1 || report > LAST_DAY) {
			throw new BusinessRuleException("reportDay", "deadline.day.range", LAST_DAY);
		}
		if (conclusion < 1 || conclusion > LAST_DAY) {
			throw new BusinessRuleException("conclusionDay", "deadline.day.range", LAST_DAY);
		}
		if (conclusion < report) {
			throw new BusinessRuleException("conclusionDay", "deadline.conclusion.beforeReport");
		}
		this.reportDay = report;
		this.conclusionDay = conclusion;
	}

	DueDays days() {
		return new DueDays(reportDay, conclusionDay);
	}

	int getVersion() {
		return version;
	}

	@Override
	public Long getId() {
		return postId;
	}

	@Override
	public String auditType() {
		return "PostDeadline";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("reportDay", reportDay);
		m.put("conclusionDay", conclusionDay);
		return m;
	}

}
