package vn.phoihop.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.activity.MonthFigures.Figure;

/**
 * One conclusion of a review (a reopen and a new conclusion add another), with the figures frozen at that moment,
 * and the communes whose report was not in then with the commander's reason for concluding without them.
 */
public record Edition(Long id, int edition, String conclusionNumber, LocalDate concludedOn, String concludedBy,
		Instant concludedAt, Instant reopenedAt, String reopenedBy, String reopenReason, List<Long> unreportedCommuneIds,
		String unreportedReason, List<Figure> figures) {

	public Figure total() {
		return Figure.sum(null, figures);
	}

}
