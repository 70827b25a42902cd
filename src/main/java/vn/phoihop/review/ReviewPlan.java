package vn.phoihop.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.audit.AuditService;
import vn.phoihop.review.ReviewForms.TargetForm;
import vn.phoihop.review.ReviewForms.TaskForm;
import vn.phoihop.shared.security.CurrentUser;

/**
 * The commander's plan of the month (docs/design.md §5): conclusions, next month's targets and tasks, edited on the
 * month page in one form. One press of any of its buttons saves everything typed there in one transaction — the
 * conclusions, a target, a task, a target removed — or nothing: a refused target or task leaves the conclusions
 * unsaved too, and the page shows them again as typed.
 */
@Service
@Transactional
class ReviewPlan {

	/**
	 * What one press of the form changes: {@code texts} (per content area) null when the request did not carry the
	 * conclusions, {@code situation} the conclusion on the month's situation then; a target or task null when none
	 * is to be added; {@code removeTarget} the index of a target to remove, or null.
	 */
	record Change(Integer version, Map<ContentArea, String> texts, String situation, TargetForm target, TaskForm task,
			Integer removeTarget) {
	}

	private final ReviewDecisions decisions;

	private final ReviewTasks tasks;

	private final MonthlyReviewRepository reviews;

	private final AuditService audit;

	ReviewPlan(ReviewDecisions decisions, ReviewTasks tasks, MonthlyReviewRepository reviews, AuditService audit) {
		this.decisions = decisions;
		this.tasks = tasks;
		this.reviews = reviews;
		this.audit = audit;
	}

	/**
	 * Applies a change. The review's version is checked whenever the review itself changes (a target added or
	 * removed, conclusions that differ from the stored ones): conclusions sent again unchanged with a task do not
	 * make a task stale, but conclusions typed over someone else's newer ones are refused. Returns what was saved,
	 * as message keys for the page.
	 */
	List<String> save(CurrentUser user, String postCode, YearMonth month, Change change) {
		MonthlyReview r = decisions.commanderReview(user, postCode, month);
		r.requireOpen();
		Map<String, Object> before = r.auditSnapshot();
		List<String> messages = new ArrayList<>();
		boolean changed = false;
		if (change.target() != null || change.removeTarget() != null) {
			r.checkVersion(change.version());
		}
		if (change.texts() != null) {
			if (r.writeConclusions(change.texts(), change.situation())) {
				r.checkVersion(change.version());
				changed = true;
			}
			messages.add("review.conclusions.saved");
		}
		if (change.removeTarget() != null) {
			r.removeTarget(change.removeTarget());
			changed = true;
			messages.add("review.target.removed");
		}
		TargetForm t = change.target();
		if (t != null) {
			r.addTarget(new ReviewTarget(t.contentArea, t.indicator, t.metric, t.targetValue, t.unit));
			changed = true;
			messages.add("review.target.saved");
		}
		if (changed) {
			MonthlyReview s = reviews.saveAndFlush(r);
			audit.record(AuditService.UPDATE, s, before);
		}
		if (change.task() != null) {
			tasks.add(user, postCode, month, change.task());
			messages.add("task.saved");
		}
		return messages;
	}

}
