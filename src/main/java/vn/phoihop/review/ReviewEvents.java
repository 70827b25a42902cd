package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the monthly review tells other modules happened, published in the decision's transaction (listeners that
 * write, such as the notifications, write in it too: nothing is announced for a decision that failed).
 */
public final class ReviewEvents {

	private ReviewEvents() {
	}

	/** The commander returned a commune's report with a comment; {@code version} tells this return from another. */
	public record ReportReturned(long submissionId, long postId, String postCode, YearMonth month, long communeId,
			String comment, int version) {
	}

	/** A commune's official sent the commune's report again after it was returned. */
	public record ReportSentAgain(long submissionId, long postId, String postCode, YearMonth month, long communeId,
			int version) {
	}

	/** The commander concluded a month (its {@code edition}-th conclusion); {@code communeIds}: the month's communes. */
	public record MonthConcluded(long reviewId, long postId, String postCode, YearMonth month, int edition,
			String number, LocalDate concludedOn, List<Long> communeIds) {
	}

}
