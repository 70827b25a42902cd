package vn.phoihop.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.web.DateText;

/**
 * The planned items an activity may be carried out under (named interface {@code items}): the activity form offers the
 * open items of approved plans for the activity's month, agreement and commune, and the activity keeps the one chosen
 * (docs/architecture.md, "Plans and the activity log"). Linking marks nothing done: how an item went is recorded on
 * the item.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("items")
public class PlannedItems {

	/** An item as the activity's form and page show it; {@code open}: nothing recorded yet of how it went. */
	public record Choice(Long id, Long planId, Long agreementId, int year, int month, LocalDate plannedOn,
			String title, ContentArea contentArea, Long communeId, boolean open) {

		/** "15/12/2026 · title", or "12/2026 · title" for an item of the whole month. */
		public String label() {
			return (plannedOn != null ? DateText.DAY.format(plannedOn) : DateText.MONTH.format(YearMonth.of(year, month)))
					+ " · " + title;
		}

		public YearMonth yearMonth() {
			return YearMonth.of(year, month);
		}

	}

	private static final String SELECT = """
			select i.id, p.id plan_id, p.agreement_id, p.year, i.month, i.planned_on, i.title, i.content_area,
			       i.commune_id, i.status
			from planned_item i join coordination_plan p on p.id = i.plan_id
			""";

	private final JdbcTemplate jdbc;

	PlannedItems(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The open items of the approved plans of these agreements in the month, in these communes, by day. */
	public List<Choice> openIn(Collection<Long> agreementIds, Collection<Long> communeIds, YearMonth month) {
		if (agreementIds.isEmpty() || communeIds.isEmpty() || month == null) {
			return List.of();
		}
		return jdbc.query(SELECT + """
				where p.status = 'APPROVED' and p.agreement_id = any(?) and p.year = ? and i.month = ?
				  and i.commune_id = any(?) and i.status = 'OPEN'
				order by i.planned_on nulls last, i.id""", PlannedItems::choice, Ids.of(agreementIds), month.getYear(),
				month.getMonthValue(), Ids.of(communeIds));
	}

	/** The item with this id, whatever its plan's state (an activity's page names the item it is linked to). */
	public Optional<Choice> find(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.query(SELECT + " where i.id = ?", PlannedItems::choice, id).stream().findFirst();
	}

	private static Choice choice(ResultSet rs, int row) throws SQLException {
		java.sql.Date day = rs.getDate("planned_on");
		return new Choice(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("agreement_id"), rs.getInt("year"),
				rs.getInt("month"), day == null ? null : day.toLocalDate(), rs.getString("title"),
				ContentArea.valueOf(rs.getString("content_area")), rs.getLong("commune_id"),
				"OPEN".equals(rs.getString("status")));
	}

}
