package vn.phoihop.deadline;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A post's due days: the day of the month after a review's month by which its communes send their report, and the
 * day by which the month is concluded (both 1–28, so every month has them).
 */
public record DueDays(int report, int conclusion) {

	/**
	 * The defaults, for a post that set none: reports by the 2nd, the conclusion by the 5th. The post's Party
	 * committee meets in the first week of the month to conclude the month just ended (the article: "every month the
	 * committee concludes each content area"); the reports are in two days after the month, which leaves the
	 * commander a day or two to read them and return one for correction before the meeting.
	 */
	public static final DueDays DEFAULT = new DueDays(2, 5);

	/** The day the communes' reports of {@code month} are due. */
	public LocalDate reportDue(YearMonth month) {
		return month.plusMonths(1).atDay(report);
	}

	/** The day {@code month} is to be concluded. */
	public LocalDate conclusionDue(YearMonth month) {
		return month.plusMonths(1).atDay(conclusion);
	}

}
