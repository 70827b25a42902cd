package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * The monthly review's own state rules, without Spring or a database: edits only while OPEN, OPEN → CONCLUDED only
 * once the month is over, with a number, a date after the month and not after today, at least one conclusion and,
 * when some communes' reports are not in, a reason (a new edition each time), CONCLUDED → OPEN with a reason. Every
 * refusal is checked by its message key (and field), so removing a guard fails a test.
 */
class MonthlyReviewTest {

	private static final YearMonth MAY = YearMonth.of(2025, 5);

	private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);

	/** "Today" in these tests: May is over. */
	private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

	private final MonthlyReview review = new MonthlyReview(7L, MAY);

	// ---- a new review

	@Test
	void aNewReviewIsOpenWithoutEditionOrConclusion() {
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.OPEN);
		assertThat(review.isOpen()).isTrue();
		assertThat(review.isConcluded()).isFalse();
		assertThat(review.getEdition()).isZero();
		assertThat(review.getConclusionNumber()).isNull();
		assertThat(review.getConcludedOn()).isNull();
		assertThat(review.getConcludedBy()).isNull();
		assertThat(review.getReopenReason()).isNull();
		assertThat(review.getPostId()).isEqualTo(7L);
		assertThat(review.getMonth()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(review.getYearMonth()).isEqualTo(MAY);
		assertThat(review.getConclusions()).isEmpty();
		assertThat(review.getTargets()).isEmpty();
	}

	// ---- requireOpen

	@Test
	void requireOpenPassesWhileOpenAndRefusesOnceConcluded() {
		review.requireOpen();
		concluded(review);
		assertRefused(review::requireOpen, null, "review.concluded.readOnly");
	}

	// ---- conclusions

	@Test
	void writeConclusionsKeepsTheStrippedNonBlankTextsAndReplacesTheEarlierOnes() {
		review.writeConclusions(Map.of(ContentArea.ECONOMY_POVERTY, "old"));
		Map<ContentArea, String> texts = new HashMap<>();
		texts.put(ContentArea.BORDER_SOVEREIGNTY, "  Giữ vững chủ quyền.  ");
		texts.put(ContentArea.OUTREACH_LEGAL, "   ");
		texts.put(ContentArea.CULTURE_SOCIETY, null);
		texts.put(null, "no area");
		review.writeConclusions(texts);
		assertThat(review.getConclusions())
			.containsExactly(Map.entry(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững chủ quyền."));
	}

	@Test
	void writeConclusionsSaysWhetherAnythingChanged() {
		assertThat(review.writeConclusions(Map.of(ContentArea.ECONOMY_POVERTY, "Giúp hộ nghèo."))).isTrue();
		// the same texts sent again (a target added from the same form), blank areas and spaces: no change
		Map<ContentArea, String> same = new HashMap<>();
		same.put(ContentArea.ECONOMY_POVERTY, "  Giúp hộ nghèo. ");
		same.put(ContentArea.OUTREACH_LEGAL, null);
		assertThat(review.writeConclusions(same)).isFalse();
		assertThat(review.writeConclusions(Map.of(ContentArea.ECONOMY_POVERTY, "Giúp hộ nghèo, cận nghèo."))).isTrue();
		assertThat(review.writeConclusions(Map.of())).isTrue();
		assertThat(review.getConclusions()).isEmpty();
	}

	@Test
	void writeConclusionsIsRefusedOnceConcludedAndChangesNothing() {
		concluded(review);
		Map<ContentArea, String> before = Map.copyOf(review.getConclusions());
		assertRefused(() -> review.writeConclusions(Map.of(ContentArea.FOREIGN_AFFAIRS, "late")), null,
				"review.concluded.readOnly");
		assertThat(review.getConclusions()).isEqualTo(before);
	}

	// ---- targets

	@Test
	void addTargetAppendsWhileOpen() {
		ReviewTarget first = target("first");
		ReviewTarget second = target("second");
		review.addTarget(first);
		review.addTarget(second);
		assertThat(review.getTargets()).containsExactly(first, second);
	}

	@Test
	void addTargetIsRefusedOnceConcluded() {
		concluded(review);
		assertRefused(() -> review.addTarget(target("late")), null, "review.concluded.readOnly");
		assertThat(review.getTargets()).isEmpty();
	}

	@Test
	void removeTargetRemovesTheOneAtTheIndex() {
		ReviewTarget first = target("first");
		ReviewTarget second = target("second");
		ReviewTarget third = target("third");
		review.addTarget(first);
		review.addTarget(second);
		review.addTarget(third);
		review.removeTarget(1);
		assertThat(review.getTargets()).containsExactly(first, third);
		review.removeTarget(1);
		review.removeTarget(0);
		assertThat(review.getTargets()).isEmpty();
	}

	@Test
	void removeTargetRefusesAnIndexOutsideTheList() {
		ReviewTarget only = target("only");
		review.addTarget(only);
		assertRefused(() -> review.removeTarget(-1), null, "review.target.missing");
		assertRefused(() -> review.removeTarget(1), null, "review.target.missing");
		assertThat(review.getTargets()).containsExactly(only);
	}

	@Test
	void removeTargetIsRefusedOnceConcludedEvenForAnExistingIndex() {
		ReviewTarget only = target("only");
		review.addTarget(only);
		concluded(review);
		assertRefused(() -> review.removeTarget(0), null, "review.concluded.readOnly");
		assertThat(review.getTargets()).containsExactly(only);
	}

	// ---- conclude

	@Test
	void concludeFromOpenStartsTheFirstEditionWithTheNumberDateAndAuthor() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		conclude(review, "  12-KL/ĐU  ", JUNE_2, "chihuy.ramai");
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.CONCLUDED);
		assertThat(review.isConcluded()).isTrue();
		assertThat(review.isOpen()).isFalse();
		assertThat(review.getEdition()).isEqualTo(1);
		assertThat(review.getConclusionNumber()).isEqualTo("12-KL/ĐU");
		assertThat(review.getConcludedOn()).isEqualTo(JUNE_2);
		assertThat(review.getConcludedBy()).isEqualTo("chihuy.ramai");
		assertThat(review.getConclusions()).containsOnlyKeys(ContentArea.BORDER_SOVEREIGNTY);
	}

	@Test
	void aMonthIsConcludedOnlyAfterItsLastDay() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		assertThat(review.isOver(LocalDate.of(2025, 5, 31))).isFalse();
		assertThat(review.isOver(LocalDate.of(2025, 6, 1))).isTrue();
		assertThat(review.concludableFrom()).isEqualTo(LocalDate.of(2025, 6, 1));
		// on the 6th of May (the case of issue 21) and on its last day: refused, with the month and the first day
		for (LocalDate today : List.of(LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 31))) {
			BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
					() -> review.conclude("1-KL", today, "x", today, List.of(), null, null));
			assertThat(refused.getMessageKey()).isEqualTo("review.conclude.monthNotOver");
			assertThat(refused.getField()).isNull();
			assertThat(refused.getArgs()).containsExactly("05/2025", "01/06/2025");
		}
		// the month's state is checked before anything typed (a blank number is not the reason given)
		assertRefused(() -> review.conclude(" ", null, "x", LocalDate.of(2025, 5, 31), List.of(), null, null), null,
				"review.conclude.monthNotOver");
		assertStillOpenWithoutEdition();
		LocalDate june1 = LocalDate.of(2025, 6, 1);
		review.conclude("1-KL", june1, "x", june1, List.of(), null, null);
		assertThat(review.isConcluded()).isTrue();
	}

	@Test
	void theConclusionIsDatedAfterTheMonthAndNotAfterToday() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		assertRefused(() -> conclude(review, "1-KL", MAY.atDay(1), "x"), "concludedOn",
				"review.concludedOn.beforeMonthEnd");
		assertRefused(() -> conclude(review, "1-KL", MAY.atEndOfMonth(), "x"), "concludedOn",
				"review.concludedOn.beforeMonthEnd");
		assertRefused(() -> conclude(review, "1-KL", TODAY.plusDays(1), "x"), "concludedOn",
				"review.concludedOn.future");
		assertStillOpenWithoutEdition();
		conclude(review, "1-KL", TODAY, "x");
		assertThat(review.getConcludedOn()).isEqualTo(TODAY);
	}

	@Test
	void concludingWithoutEveryReportNeedsAReasonWhichIsKeptWithTheCommunes() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		for (String none : new String[] { null, "", "   " }) {
			assertRefused(() -> review.conclude("1-KL", JUNE_2, "x", TODAY, List.of(3L, 5L), none, null), "reason",
					"review.conclude.reasonRequired");
		}
		assertStillOpenWithoutEdition();
		assertThat(review.getUnreportedCommuneIds()).isEmpty();
		assertThat(review.getUnreportedReason()).isNull();

		review.conclude("1-KL", JUNE_2, "x", TODAY, List.of(3L, 5L), "  Xã Tuyên Lâm mất điện cả tuần.  ", null);
		assertThat(review.isConcluded()).isTrue();
		assertThat(review.getUnreportedCommuneIds()).containsExactly(3L, 5L);
		assertThat(review.getUnreportedReason()).isEqualTo("Xã Tuyên Lâm mất điện cả tuần.");
		assertThat(review.auditSnapshot()).containsEntry("unreportedCommuneIds", List.of(3L, 5L))
			.containsEntry("unreportedReason", "Xã Tuyên Lâm mất điện cả tuần.");
	}

	@Test
	void concludingWithEveryReportInNeedsNoReasonAndKeepsNone() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		review.conclude("1-KL", JUNE_2, "x", TODAY, List.of(3L), "Chờ không được.", null);
		review.reopen("Bổ sung.");
		// concluded again once every report is in: the earlier communes and reason are not this conclusion's
		review.conclude("1-KL", JUNE_2, "x", TODAY, List.of(), "typed anyway", null);
		assertThat(review.getEdition()).isEqualTo(2);
		assertThat(review.getUnreportedCommuneIds()).isEmpty();
		assertThat(review.getUnreportedReason()).isNull();
	}

	@Test
	void concludeNeedsANumber() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		assertRefused(() -> conclude(review, null, JUNE_2, "x"), "conclusionNumber", "review.number.required");
		assertRefused(() -> conclude(review, "  ", JUNE_2, "x"), "conclusionNumber", "review.number.required");
		assertStillOpenWithoutEdition();
	}

	@Test
	void concludeNeedsADate() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		assertRefused(() -> conclude(review, "1-KL", null, "x"), "concludedOn", "review.concludedOn.required");
		assertStillOpenWithoutEdition();
	}

	@Test
	void concludeNeedsAtLeastOneConclusion() {
		assertRefused(() -> conclude(review, "1-KL", JUNE_2, "x"), null, "review.conclusions.required");
		// blank texts are not conclusions
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, " "));
		assertRefused(() -> conclude(review, "1-KL", JUNE_2, "x"), null, "review.conclusions.required");
		assertStillOpenWithoutEdition();
	}

	@Test
	void concludeIsRefusedWhenAlreadyConcludedAndKeepsTheEdition() {
		concluded(review);
		assertRefused(() -> conclude(review, "99-KL", JUNE_2.plusDays(1), "other"), null, "review.concluded.readOnly");
		assertThat(review.getEdition()).isEqualTo(1);
		assertThat(review.getConclusionNumber()).isEqualTo("1-KL/ĐU");
		assertThat(review.getConcludedOn()).isEqualTo(JUNE_2);
		assertThat(review.getConcludedBy()).isEqualTo("chihuy.ramai");
	}

	// ---- reopen

	@Test
	void reopenIsRefusedForAMonthNeverConcluded() {
		assertRefused(() -> review.reopen("a reason"), null, "review.reopen.notConcluded");
		// the state is checked before the reason
		assertRefused(() -> review.reopen(null), null, "review.reopen.notConcluded");
		assertThat(review.getReopenReason()).isNull();
		assertStillOpenWithoutEdition();
	}

	@Test
	void reopenNeedsAReason() {
		concluded(review);
		assertRefused(() -> review.reopen(null), "reason", "review.reopen.reasonRequired");
		assertRefused(() -> review.reopen("   "), "reason", "review.reopen.reasonRequired");
		assertThat(review.isConcluded()).isTrue();
		assertThat(review.getReopenReason()).isNull();
	}

	@Test
	void reopenFromConcludedOpensTheMonthAgainKeepingTheEditionAndItsRecord() {
		concluded(review);
		review.reopen("  Sai số liệu xã Hướng Lập.  ");
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.OPEN);
		assertThat(review.isOpen()).isTrue();
		assertThat(review.getReopenReason()).isEqualTo("Sai số liệu xã Hướng Lập.");
		assertThat(review.getEdition()).isEqualTo(1);
		assertThat(review.getConclusionNumber()).isEqualTo("1-KL/ĐU");
		assertThat(review.getConclusions()).containsOnlyKeys(ContentArea.BORDER_SOVEREIGNTY);
		// editable again
		review.requireOpen();
		review.addTarget(target("again"));
		assertThat(review.getTargets()).hasSize(1);
	}

	@Test
	void reopenIsRefusedWhenAlreadyReopened() {
		concluded(review);
		review.reopen("first");
		assertRefused(() -> review.reopen("second"), null, "review.reopen.notConcluded");
		assertThat(review.getReopenReason()).isEqualTo("first");
	}

	@Test
	void concludingAgainAfterAReopenStartsTheNextEdition() {
		concluded(review);
		review.reopen("Sai số liệu.");
		review.writeConclusions(Map.of(ContentArea.ECONOMY_POVERTY, "Sửa lại."));
		conclude(review, "2-KL/ĐU", JUNE_2.plusDays(3), "chihuy.ramai");
		assertThat(review.isConcluded()).isTrue();
		assertThat(review.getEdition()).isEqualTo(2);
		assertThat(review.getConclusionNumber()).isEqualTo("2-KL/ĐU");
		assertThat(review.getConcludedOn()).isEqualTo(JUNE_2.plusDays(3));
		assertThat(review.getConclusions()).containsOnlyKeys(ContentArea.ECONOMY_POVERTY);
		review.reopen("Lần hai.");
		conclude(review, "3-KL/ĐU", JUNE_2.plusDays(4), "chihuy.ramai");
		assertThat(review.getEdition()).isEqualTo(3);
	}

	// ---- helpers

	/** An OPEN review of May 2025 with one conclusion concluded on 2 June as 1-KL/ĐU (edition 1). */
	static MonthlyReview concluded(MonthlyReview review) {
		Map<ContentArea, String> texts = new java.util.TreeMap<>();
		texts.put(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững chủ quyền.");
		review.writeConclusions(texts);
		conclude(review, "1-KL/ĐU", JUNE_2, "chihuy.ramai");
		return review;
	}

	/** Concludes on {@link #TODAY} with every commune's report in. */
	private static void conclude(MonthlyReview review, String number, LocalDate on, String by) {
		review.conclude(number, on, by, TODAY, List.of(), null, null);
	}

	private void assertStillOpenWithoutEdition() {
		assertThat(review.getStatus()).isEqualTo(ReviewStatus.OPEN);
		assertThat(review.getEdition()).isZero();
		assertThat(review.getConclusionNumber()).isNull();
		assertThat(review.getConcludedOn()).isNull();
		assertThat(review.getConcludedBy()).isNull();
	}

	private static ReviewTarget target(String indicator) {
		return new ReviewTarget(ContentArea.ECONOMY_POVERTY, indicator, Target.Metric.NONE, BigDecimal.ONE, "hộ");
	}

	/** The call is refused with a {@link BusinessRuleException} of this message key, about this form field. */
	static void assertRefused(ThrowingCallable call, String field, String messageKey) {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class, call);
		assertThat(refused).as("refused with %s", messageKey).isNotNull();
		assertThat(refused.getMessageKey()).isEqualTo(messageKey);
		assertThat(refused.getField()).as("field of %s", messageKey).isEqualTo(field);
	}

}
