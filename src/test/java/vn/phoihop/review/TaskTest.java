package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.review.MonthlyReviewTest.assertRefused;
import static vn.phoihop.review.MonthlyReviewTest.concluded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/**
 * A review's task, without Spring or a database: created only while its month is open, OPEN → DONE once with a
 * note of the result; OVERDUE is not stored but derived (still OPEN after the due date). Every refusal is checked by
 * its message key and field.
 */
class TaskTest {

	private static final LocalDate DUE = LocalDate.of(2025, 6, 15);

	private final MonthlyReview review = new MonthlyReview(7L, YearMonth.of(2025, 5));

	private final Task task = new Task(review, 3L, 11L, 5L, 9L, DUE, "Thăm hộ nghèo thôn Ka Tăng");

	@Test
	void aNewTaskIsOpenWithWhatItWasGiven() {
		assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
		assertThat(task.isDone()).isFalse();
		assertThat(task.getReview()).isSameAs(review);
		assertThat(task.getCadreId()).isEqualTo(3L);
		assertThat(task.getAssigneeUserId()).isEqualTo(11L);
		assertThat(task.getVillageId()).isEqualTo(5L);
		assertThat(task.getHouseholdId()).isEqualTo(9L);
		assertThat(task.getDueDate()).isEqualTo(DUE);
		assertThat(task.getDescription()).isEqualTo("Thăm hộ nghèo thôn Ka Tăng");
		assertThat(task.getResultNote()).isNull();
		assertThat(task.getDoneAt()).isNull();
		assertThat(task.getDoneBy()).isNull();
	}

	@Test
	void noTaskIsCreatedForAConcludedMonth() {
		concluded(review);
		assertRefused(() -> new Task(review, 3L, null, null, null, DUE, "late"), null, "review.concluded.readOnly");
	}

	@Test
	void aTaskIsDueInOrAfterItsMonthAndHasADueDate() {
		assertRefused(() -> new Task(review, 3L, null, null, null, LocalDate.of(2025, 4, 30), "early"), "dueDate",
				"task.dueDate.beforeMonth");
		assertRefused(() -> new Task(review, 3L, null, null, null, null, "no date"), "dueDate", "NotNull");
		assertThat(new Task(review, 3L, null, null, null, LocalDate.of(2025, 5, 1), "first day").getDueDate())
			.isEqualTo(LocalDate.of(2025, 5, 1));
	}

	// ---- markDone

	@Test
	void markDoneRecordsTheStrippedResultWhoAndWhen() {
		Instant before = Instant.now();
		task.markDone("  Đã thăm, hỗ trợ giống ngô.  ", "canbo.ramai");
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
		assertThat(task.isDone()).isTrue();
		assertThat(task.getResultNote()).isEqualTo("Đã thăm, hỗ trợ giống ngô.");
		assertThat(task.getDoneBy()).isEqualTo("canbo.ramai");
		assertThat(task.getDoneAt()).isBetween(before, Instant.now());
	}

	@Test
	void markDoneNeedsAResultNote() {
		assertRefused(() -> task.markDone(null, "canbo.ramai"), "resultNote", "task.resultNote.required");
		assertRefused(() -> task.markDone("   ", "canbo.ramai"), "resultNote", "task.resultNote.required");
		assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
		assertThat(task.getResultNote()).isNull();
		assertThat(task.getDoneBy()).isNull();
		assertThat(task.getDoneAt()).isNull();
	}

	@Test
	void markDoneIsRefusedWhenAlreadyDoneAndKeepsTheFirstResult() {
		task.markDone("Lần một.", "canbo.ramai");
		Instant at = task.getDoneAt();
		assertRefused(() -> task.markDone("Lần hai.", "chihuy.ramai"), null, "task.alreadyDone");
		// the state is checked before the note
		assertRefused(() -> task.markDone(null, "chihuy.ramai"), null, "task.alreadyDone");
		assertThat(task.getResultNote()).isEqualTo("Lần một.");
		assertThat(task.getDoneBy()).isEqualTo("canbo.ramai");
		assertThat(task.getDoneAt()).isEqualTo(at);
	}

	@Test
	void anOverdueTaskCanStillBeDone() {
		assertThat(task.statusOn(DUE.plusDays(30))).isEqualTo(TaskStatus.OVERDUE);
		task.markDone("Muộn nhưng xong.", "canbo.ramai");
		assertThat(task.statusOn(DUE.plusDays(30))).isEqualTo(TaskStatus.DONE);
	}

	/**
	 * Today's behaviour, pinned: a task is done in the month after its review, usually after the conclusion, so a
	 * concluded (read-only) month does not refuse it.
	 */
	@Test
	void aTaskOfAConcludedMonthCanStillBeDone() {
		concluded(review);
		task.markDone("Xong.", "canbo.ramai");
		assertThat(task.isDone()).isTrue();
	}

	// ---- overdue, as the code defines it

	@Test
	void anOpenTaskIsOverdueOnlyAfterItsDueDate() {
		assertThat(task.statusOn(DUE.minusDays(1))).isEqualTo(TaskStatus.OPEN);
		assertThat(task.statusOn(DUE)).isEqualTo(TaskStatus.OPEN);
		assertThat(task.statusOn(DUE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
		// derived, never stored
		assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void aDoneTaskIsNeverOverdue() {
		task.markDone("Xong.", "canbo.ramai");
		assertThat(task.statusOn(DUE.minusDays(1))).isEqualTo(TaskStatus.DONE);
		assertThat(task.statusOn(DUE.plusDays(365))).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void theEffectiveStatusIsTheStatusToday() {
		LocalDate today = LocalDate.now();
		Task late = new Task(review, 3L, null, null, null, today.minusDays(2), "late");
		Task coming = new Task(review, 3L, null, null, null, today.plusDays(2), "coming");
		assertThat(late.getEffectiveStatus()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(late.isOverdue()).isTrue();
		assertThat(coming.getEffectiveStatus()).isEqualTo(TaskStatus.OPEN);
		assertThat(coming.isOverdue()).isFalse();
		late.markDone("Xong.", "canbo.ramai");
		assertThat(late.getEffectiveStatus()).isEqualTo(TaskStatus.DONE);
		assertThat(late.isOverdue()).isFalse();
	}

}
