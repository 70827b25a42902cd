package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * The monthly review (Kết luận hằng tháng) of one post and month. Guards its own transitions: edits only while
 * OPEN, {@link #conclude} from OPEN with a number and at least one conclusion, {@link #reopen} from CONCLUDED with
 * a reason. Each conclusion is an edition; its frozen figures are kept by {@link ReviewFigures}.
 */
@Entity
@Table(name = "monthly_review")
public class MonthlyReview extends BaseEntity implements Auditable {

	@Column(name = "post_id", nullable = false, updatable = false)
	private Long postId;

	@Column(nullable = false, updatable = false)
	private LocalDate month;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status = ReviewStatus.OPEN;

	@Column(name = "conclusion_number")
	private String conclusionNumber;

	@Column(name = "concluded_on")
	private LocalDate concludedOn;

	@Column(name = "concluded_by")
	private String concludedBy;

	@Column(name = "reopen_reason")
	private String reopenReason;

	private int edition;

	@ElementCollection
	@CollectionTable(name = "review_conclusion", joinColumns = @JoinColumn(name = "review_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "content_area")
	@Column(name = "text")
	private Map<ContentArea, String> conclusions = new EnumMap<>(ContentArea.class);

	@ElementCollection
	@CollectionTable(name = "review_target", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<ReviewTarget> targets = new ArrayList<>();

	protected MonthlyReview() {
	}

	MonthlyReview(Long postId, YearMonth month) {
		this.postId = postId;
		this.month = month.atDay(1);
	}

	// ---- guarded transitions

	void requireOpen() {
		if (status != ReviewStatus.OPEN) {
			throw new BusinessRuleException(null, "review.concluded.readOnly");
		}
	}

	void writeConclusions(Map<ContentArea, String> texts) {
		requireOpen();
		conclusions.clear();
		texts.forEach((area, text) -> {
			if (area != null && text != null && !text.isBlank()) {
				conclusions.put(area, text.strip());
			}
		});
	}

	void addTarget(ReviewTarget target) {
		requireOpen();
		targets.add(target);
	}

	void removeTarget(int index) {
		requireOpen();
		if (index < 0 || index >= targets.size()) {
			throw new BusinessRuleException(null, "review.target.missing");
		}
		targets.remove(index);
	}

	/** OPEN → CONCLUDED: needs a number ("12-KL/ĐU") and at least one conclusion; starts a new edition. */
	void conclude(String number, LocalDate on, String by) {
		requireOpen();
		if (number == null || number.isBlank()) {
			throw new BusinessRuleException("conclusionNumber", "review.number.required");
		}
		if (on == null) {
			throw new BusinessRuleException("concludedOn", "review.concludedOn.required");
		}
		if (on.isBefore(month)) {
			throw new BusinessRuleException("concludedOn", "review.concludedOn.beforeMonth");
		}
		if (conclusions.isEmpty()) {
			throw new BusinessRuleException(null, "review.conclusions.required");
		}
		this.conclusionNumber = number.strip();
		this.concludedOn = on;
		this.concludedBy = by;
		this.status = ReviewStatus.CONCLUDED;
		this.edition++;
	}

	/** CONCLUDED → OPEN, with a reason (the earlier edition and its figures stay in the history). */
	void reopen(String reason) {
		if (status != ReviewStatus.CONCLUDED) {
			throw new BusinessRuleException(null, "review.reopen.notConcluded");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "review.reopen.reasonRequired");
		}
		this.reopenReason = reason.strip();
		this.status = ReviewStatus.OPEN;
	}

	public boolean isConcluded() {
		return status == ReviewStatus.CONCLUDED;
	}

	public boolean isOpen() {
		return status == ReviewStatus.OPEN;
	}

	public Long getPostId() { return postId; }
	public YearMonth getYearMonth() { return YearMonth.from(month); }
	public LocalDate getMonth() { return month; }
	public ReviewStatus getStatus() { return status; }
	public String getConclusionNumber() { return conclusionNumber; }
	public LocalDate getConcludedOn() { return concludedOn; }
	public String getConcludedBy() { return concludedBy; }
	public String getReopenReason() { return reopenReason; }
	public int getEdition() { return edition; }
	public Map<ContentArea, String> getConclusions() { return conclusions; }
	public List<ReviewTarget> getTargets() { return targets; }

	@Override
	public String auditType() {
		return "MonthlyReview";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("postId", postId);
		m.put("month", getYearMonth().toString());
		m.put("status", status.name());
		m.put("conclusionNumber", conclusionNumber);
		m.put("concludedOn", concludedOn == null ? null : concludedOn.toString());
		m.put("edition", edition);
		m.put("reopenReason", reopenReason);
		Map<String, Object> c = new LinkedHashMap<>();
		conclusions.forEach((k, v) -> c.put(k.name(), v));
		m.put("conclusions", c);
		m.put("targets", targets.stream().map(ReviewTarget::toString).toList());
		return m;
	}

	@Override
	public String toString() {
		return "#" + postId + " " + getYearMonth();
	}

}
