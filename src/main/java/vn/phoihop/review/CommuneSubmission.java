package vn.phoihop.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/** A commune's report of its month to the post: a narrative (the activities are listed from the log). */
@Entity
@Table(name = "commune_submission")
public class CommuneSubmission extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "review_id")
	private MonthlyReview review;

	@Column(name = "commune_id", nullable = false, updatable = false)
	private Long communeId;

	private String narrative;

	@Enumerated(EnumType.STRING)
	private SubmissionStatus status = SubmissionStatus.DRAFT;

	@Column(name = "return_comment")
	private String returnComment;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	protected CommuneSubmission() {
	}

	CommuneSubmission(MonthlyReview review, Long communeId) {
		this.review = review;
		this.communeId = communeId;
	}

	/** Saves the narrative; with {@code submit}, DRAFT or RETURNED → SUBMITTED. Never once the month is concluded. */
	void save(String narrative, boolean submit, String by) {
		review.requireOpen();
		if (status == SubmissionStatus.SUBMITTED) {
			throw new BusinessRuleException(null, "submission.alreadySubmitted");
		}
		String text = narrative == null || narrative.isBlank() ? null : narrative.strip();
		if (submit && text == null) {
			throw new BusinessRuleException("narrative", "submission.narrative.required");
		}
		this.narrative = text;
		if (submit) {
			this.status = SubmissionStatus.SUBMITTED;
			this.submittedBy = by;
			this.submittedAt = Instant.now();
		}
	}

	/** SUBMITTED → RETURNED with the commander's comment; the official corrects and resubmits. */
	void returnWith(String comment) {
		review.requireOpen();
		if (status != SubmissionStatus.SUBMITTED) {
			throw new BusinessRuleException(null, "submission.return.notSubmitted");
		}
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleException("comment", "submission.return.commentRequired");
		}
		this.returnComment = comment.strip();
		this.status = SubmissionStatus.RETURNED;
	}

	/**
	 * Whether a commune's report of the month is in: sent and not returned. No report (null), a draft or a
	 * returned one is not; concluding without it needs a reason ({@link MonthlyReview#conclude}).
	 */
	static boolean isIn(CommuneSubmission s) {
		return s != null && s.status == SubmissionStatus.SUBMITTED;
	}

	public MonthlyReview getReview() { return review; }
	public Long getCommuneId() { return communeId; }
	public String getNarrative() { return narrative; }
	public SubmissionStatus getStatus() { return status; }
	public String getReturnComment() { return returnComment; }
	public String getSubmittedBy() { return submittedBy; }
	public Instant getSubmittedAt() { return submittedAt; }

	@Override
	public String auditType() {
		return "CommuneSubmission";
	}

	@Override
	public AuditUnit auditUnit() {
		return new AuditUnit(review.getPostId(), communeId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("reviewId", review.getId());
		m.put("communeId", communeId);
		m.put("status", status.name());
		m.put("narrative", narrative);
		m.put("returnComment", returnComment);
		return m;
	}

	@Override
	public String toString() {
		return review + " commune " + communeId;
	}

}
