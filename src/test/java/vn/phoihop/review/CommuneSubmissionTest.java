package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.review.MonthlyReviewTest.assertRefused;
import static vn.phoihop.review.MonthlyReviewTest.concluded;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/**
 * A commune's submission of its month, without Spring or a database: DRAFT (saved as often as wanted) → SUBMITTED
 * (with a narrative) → RETURNED with the commander's comment → SUBMITTED again; nothing once submitted, and nothing
 * at all while the month is concluded. Every refusal is checked by its message key and field.
 */
class CommuneSubmissionTest {

	private final MonthlyReview review = new MonthlyReview(7L, YearMonth.of(2025, 5));

	private final CommuneSubmission submission = new CommuneSubmission(review, 42L);

	@Test
	void aNewSubmissionIsAnEmptyDraftOfItsCommune() {
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(submission.getReview()).isSameAs(review);
		assertThat(submission.getCommuneId()).isEqualTo(42L);
		assertThat(submission.getNarrative()).isNull();
		assertThat(submission.getReturnComment()).isNull();
		assertThat(submission.getSubmittedBy()).isNull();
		assertThat(submission.getSubmittedAt()).isNull();
	}

	// ---- drafts

	@Test
	void savingADraftKeepsTheStrippedNarrativeAndStaysADraft() {
		submission.save("  Tháng 5: ba buổi tuyên truyền.  ", false, "canbo.xa");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(submission.getNarrative()).isEqualTo("Tháng 5: ba buổi tuyên truyền.");
		assertThat(submission.getSubmittedBy()).isNull();
		assertThat(submission.getSubmittedAt()).isNull();
		submission.save("Bản sửa.", false, "canbo.xa");
		assertThat(submission.getNarrative()).isEqualTo("Bản sửa.");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
	}

	@Test
	void aDraftMayBeSavedBlank() {
		submission.save("Nháp.", false, "canbo.xa");
		submission.save("   ", false, "canbo.xa");
		assertThat(submission.getNarrative()).isNull();
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
	}

	// ---- submit

	@Test
	void submittingADraftRecordsWhoAndWhen() {
		Instant before = Instant.now();
		submission.save(" Báo cáo tháng 5. ", true, "canbo.xa");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.getNarrative()).isEqualTo("Báo cáo tháng 5.");
		assertThat(submission.getSubmittedBy()).isEqualTo("canbo.xa");
		assertThat(submission.getSubmittedAt()).isBetween(before, Instant.now());
	}

	@Test
	void submittingNeedsANarrativeAndKeepsTheDraftAsItWas() {
		submission.save("Nháp.", false, "canbo.xa");
		assertRefused(() -> submission.save(null, true, "canbo.xa"), "narrative", "submission.narrative.required");
		assertRefused(() -> submission.save("  ", true, "canbo.xa"), "narrative", "submission.narrative.required");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(submission.getNarrative()).isEqualTo("Nháp.");
		assertThat(submission.getSubmittedBy()).isNull();
	}

	@Test
	void aSubmittedSubmissionCanNeitherBeSavedNorSubmittedAgain() {
		submission.save("Báo cáo.", true, "canbo.xa");
		Instant at = submission.getSubmittedAt();
		assertRefused(() -> submission.save("Sửa.", false, "canbo.xa"), null, "submission.alreadySubmitted");
		assertRefused(() -> submission.save("Sửa.", true, "other"), null, "submission.alreadySubmitted");
		assertThat(submission.getNarrative()).isEqualTo("Báo cáo.");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.getSubmittedBy()).isEqualTo("canbo.xa");
		assertThat(submission.getSubmittedAt()).isEqualTo(at);
	}

	// ---- return

	@Test
	void returningASubmittedSubmissionKeepsTheStrippedComment() {
		submission.save("Báo cáo.", true, "canbo.xa");
		submission.returnWith("  Thiếu số liệu thôn Ka Tăng.  ");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.RETURNED);
		assertThat(submission.getReturnComment()).isEqualTo("Thiếu số liệu thôn Ka Tăng.");
		assertThat(submission.getNarrative()).isEqualTo("Báo cáo.");
	}

	@Test
	void onlyASubmittedSubmissionCanBeReturned() {
		assertRefused(() -> submission.returnWith("Sửa lại."), null, "submission.return.notSubmitted");
		submission.save("Nháp.", false, "canbo.xa");
		assertRefused(() -> submission.returnWith("Sửa lại."), null, "submission.return.notSubmitted");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(submission.getReturnComment()).isNull();

		submission.save("Báo cáo.", true, "canbo.xa");
		submission.returnWith("Lần một.");
		assertRefused(() -> submission.returnWith("Lần hai."), null, "submission.return.notSubmitted");
		assertThat(submission.getReturnComment()).isEqualTo("Lần một.");
	}

	@Test
	void returningNeedsAComment() {
		submission.save("Báo cáo.", true, "canbo.xa");
		assertRefused(() -> submission.returnWith(null), "comment", "submission.return.commentRequired");
		assertRefused(() -> submission.returnWith("  "), "comment", "submission.return.commentRequired");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.getReturnComment()).isNull();
	}

	@Test
	void aReturnedSubmissionIsCorrectedAsADraftAndSubmittedAgain() throws InterruptedException {
		submission.save("Báo cáo.", true, "canbo.xa");
		Instant first = submission.getSubmittedAt();
		submission.returnWith("Thiếu số liệu.");
		// saving without submitting keeps it returned
		submission.save("Báo cáo, bổ sung.", false, "canbo.xa");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.RETURNED);
		assertThat(submission.getNarrative()).isEqualTo("Báo cáo, bổ sung.");
		assertThat(submission.getReturnComment()).isEqualTo("Thiếu số liệu.");
		assertThat(submission.getSubmittedAt()).isEqualTo(first);
		// resubmitting needs a narrative too
		assertRefused(() -> submission.save(" ", true, "canbo.xa"), "narrative", "submission.narrative.required");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.RETURNED);
		Thread.sleep(2);
		submission.save("Báo cáo, đủ số liệu.", true, "pho.xa");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.getNarrative()).isEqualTo("Báo cáo, đủ số liệu.");
		assertThat(submission.getSubmittedBy()).isEqualTo("pho.xa");
		assertThat(submission.getSubmittedAt()).isAfter(first);
		// and it can be returned again
		submission.returnWith("Lần hai.");
		assertThat(submission.getStatus()).isEqualTo(SubmissionStatus.RETURNED);
		assertThat(submission.getReturnComment()).isEqualTo("Lần hai.");
	}

	// ---- a concluded month

	@Test
	void nothingIsSavedSubmittedOrReturnedWhileTheMonthIsConcluded() {
		CommuneSubmission draft = new CommuneSubmission(review, 1L);
		draft.save("Nháp.", false, "canbo.xa");
		CommuneSubmission submitted = new CommuneSubmission(review, 2L);
		submitted.save("Báo cáo.", true, "canbo.xa");
		concluded(review);

		assertRefused(() -> draft.save("Sửa.", false, "canbo.xa"), null, "review.concluded.readOnly");
		assertRefused(() -> draft.save("Sửa.", true, "canbo.xa"), null, "review.concluded.readOnly");
		assertRefused(() -> submitted.returnWith("Sửa lại."), null, "review.concluded.readOnly");
		assertThat(draft.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(draft.getNarrative()).isEqualTo("Nháp.");
		assertThat(submitted.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submitted.getReturnComment()).isNull();

		// a reopened month accepts them again
		review.reopen("Bổ sung.");
		submitted.returnWith("Sửa lại.");
		draft.save("Sửa.", true, "canbo.xa");
		assertThat(submitted.getStatus()).isEqualTo(SubmissionStatus.RETURNED);
		assertThat(draft.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

}
