package vn.phoihop.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.phoihop.account.PartyFunction;
import vn.phoihop.activity.MonthFigures.Figure;

/**
 * One conclusion of a review (a reopen and a new conclusion add another), with the figures frozen at that moment,
 * the communes whose report was not in then with the commander's reason for concluding without them, and who
 * signed it for the committee as printed (none for an edition concluded before the signer was asked), and the
 * month's security situation frozen with it ({@code situation}; null for an edition concluded before it was kept).
 */
public record Edition(Long id, int edition, String conclusionNumber, LocalDate concludedOn, String concludedBy,
		Instant concludedAt, Instant reopenedAt, String reopenedBy, String reopenReason, List<Long> unreportedCommuneIds,
		String unreportedReason, List<Figure> figures, String signerUsername, PartyFunction signerFunction,
		String signerName, FrozenSituation.Month situation) {

	public Figure total() {
		return Figure.sum(null, figures);
	}

}
