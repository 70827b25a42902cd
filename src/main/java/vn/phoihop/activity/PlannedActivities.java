package vn.phoihop.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.plan.PlanActivities;
import vn.phoihop.shared.db.Ids;

/**
 * The activity log as the plans read it ({@link PlanActivities}, the plan module's port): the activities linked to
 * planned items, and a month's activities for the calendar, bounded per day. One statement each.
 */
@Component
@Transactional(readOnly = true)
class PlannedActivities implements PlanActivities {

	private static final String COLUMNS = "a.id, a.activity_date, a.date_to, a.type, a.title, a.commune_id, a.status, "
			+ "a.planned_item_id";

	private final JdbcTemplate jdbc;

	PlannedActivities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Integer> countsByItem(Collection<Long> itemIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (itemIds.isEmpty()) {
			return counts;
		}
		jdbc.query("select planned_item_id, count(*) from activity where planned_item_id = any(?) "
				+ "group by planned_item_id", rs -> {
					counts.put(rs.getLong(1), rs.getInt(2));
				}, (Object) Ids.of(itemIds));
		return counts;
	}

	@Override
	public List<Entry> linkedTo(Long itemId, Collection<Long> communeIds) {
		if (communeIds == null) {
			return jdbc.query("select " + COLUMNS + ", 0 from activity a where a.planned_item_id = ? "
					+ "order by a.activity_date, a.id", PlannedActivities::entry, itemId);
		}
		return jdbc.query("select " + COLUMNS + ", 0 from activity a where a.planned_item_id = ? "
				+ "and a.commune_id = any(?) order by a.activity_date, a.id", PlannedActivities::entry, itemId,
				Ids.of(communeIds));
	}

	@Override
	public List<Entry> inMonth(Collection<Long> communeIds, YearMonth month, int perDay) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		// the covering index of V040/V048 (commune, date): one range per commune, numbered per day; a full day shows
		// those done under a planned item first, then the latest logged (the one just saved is on the calendar)
		return jdbc.query("""
				select * from (
				  select %s, count(*) over (partition by a.activity_date) day_total,
				         row_number() over (partition by a.activity_date
				                            order by a.planned_item_id is null, a.id desc) n
				  from activity a where a.commune_id = any(?) and a.activity_date between ? and ?) x
				where x.n <= ? order by x.activity_date, x.n""".formatted(COLUMNS), PlannedActivities::entry,
				Ids.of(communeIds), month.atDay(1), month.atEndOfMonth(), perDay);
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		java.sql.Date to = rs.getDate("date_to");
		Object item = rs.getObject("planned_item_id");
		return new Entry(rs.getLong("id"), rs.getDate("activity_date").toLocalDate(), to == null ? null : to.toLocalDate(),
				ActivityType.valueOf(rs.getString("type")).labelKey(), rs.getString("title"), rs.getLong("commune_id"),
				ActivityStatus.SUBMITTED.name().equals(rs.getString("status")), item == null ? null : ((Number) item).longValue(),
				rs.getInt(9));
	}

}
