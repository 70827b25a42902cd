package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * The monthly review's own state rules, without Spring or a database: edits only while OPEN, OPEN → CONCLUDED with
 * a number, a date not before the month and at least one conclusion (a new edition each time), CONCLUDED → OPEN
 * with a reason. Every refusal is checked by its message key (and field), so removing a guard fails a test.
 */
class MonthlyReviewTest {

	private static final YearMonth MAY = YearMonth.of(2025, 5);

	private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);

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
		review.conclude("  12-KL/ĐU  ", JUNE_2, "chihuy.ramai");
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
	void concludeOnTheMonthsFirstDayIsAllowedAndTheDayBeforeIsRefused() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		assertRefused(() -> review.conclude("1-KL", MAY.atDay(1).minusDays(1), "x"), "concludedOn",
				"review.concludedOn.beforeMonth");
		assertStillOpenWithoutEdition();
		review.conclude("1-KL", MAY.atDay(1), "x");
		assertThat(review.isConcluded()).isTrue();
	}

	@Test
	void concludeNeedsANumber() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		assertRefused(() -> review.conclude(null, JUNE_2, "x"), "conclusionNumber", "review.number.required");
		assertRefused(() -> review.conclude("  ", JUNE_2, "x"), "conclusionNumber", "review.number.required");
		assertStillOpenWithoutEdition();
	}

	@Test
	void concludeNeedsADate() {
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững."));
		assertRefused(() -> review.conclude("1-KL", null, "x"), "concludedOn", "review.concludedOn.required");
		assertStillOpenWithoutEdition();
	}

	@Test
	void concludeNeedsAtLeastOneConclusion() {
		assertRefused(() -> review.conclude("1-KL", JUNE_2, "x"), null, "review.conclusions.required");
		// blank texts are not conclusions
		review.writeConclusions(Map.of(ContentArea.BORDER_SOVEREIGNTY, " "));
		assertRefused(() -> review.conclude("1-KL", JUNE_2, "x"), null, "review.conclusions.required");
		assertStillOpenWithoutEdition();
	}

	@Test
	void concludeIsRefusedWhenAlreadyConcludedAndKeepsTheEdition() {
		concluded(review);
		assertRefused(() -> review.conclude("99-KL", JUNE_2.plusDays(1), "other"), null, "review.concluded.readOnly");
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
		review.conclude("2-KL/ĐU", JUNE_2.plusDays(3), "chihuy.ramai");
		assertThat(review.isConcluded()).isTrue();
		assertThat(review.getEdition()).isEqualTo(2);
		assertThat(review.getConclusionNumber()).isEqualTo("2-KL/ĐU");
		assertThat(review.getConcludedOn()).isEqualTo(JUNE_2.plusDays(3));
		assertThat(review.getConclusions()).containsOnlyKeys(ContentArea.ECONOMY_POVERTY);
		review.reopen("Lần hai.");
		review.conclude("3-KL/ĐU", JUNE_2.plusDays(4), "chihuy.ramai");
		assertThat(review.getEdition()).isEqualTo(3);
	}

	// ---- helpers

	/** An OPEN review with one conclusion concluded on 2 June as 1-KL/ĐU (edition 1). */
	static MonthlyReview concluded(MonthlyReview review) {
		Map<ContentArea, String> texts = new EnumMap<>(ContentArea.class);
		texts.put(ContentArea.BORDER_SOVEREIGNTY, "Giữ vững chủ quyền.");
		review.writeConclusions(texts);
		review.conclude("1-KL/ĐU", JUNE_2, "chihuy.ramai");
		return review;
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
