package vn.phoihop.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * The planned items of approved plans as the calendar and the feed show them, cut to the reader: every item of their
 * post's plans for the post's people, every item for the administrator, the items of their scope for the others
 * ({@link PlanAccess}: an item of one's scope is in a plan one reads).
 */
@Service
@Transactional(readOnly = true)
class CalendarItems {

	/** An item with what the calendar and the feed say of it. */
	record Row(Long id, Long planId, Long postId, int year, int month, LocalDate plannedOn, String title,
			String content, ContentArea contentArea, Long communeId, Lead ledBy, String place,
			Integer expectedParticipants, ItemStatus status, int version, Instant updatedAt) {

		YearMonth yearMonth() {
			return YearMonth.of(year, month);
		}

	}

	private static final String SELECT = """
			select i.id, i.plan_id, p.post_id, p.year, i.month, i.planned_on, i.title, i.content, i.content_area,
			       i.commune_id, i.led_by, i.place, i.expected_participants, i.status, i.version, i.updated_at
			from planned_item i join coordination_plan p on p.id = i.plan_id
			where p.status = 'APPROVED' and (? or p.post_id = ? or i.commune_id = any(?)) and\s""";

	private final JdbcTemplate jdbc;

	private final PlanAccess access;

	CalendarItems(JdbcTemplate jdbc, PlanAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The month's items of a post's plans, or of these communes (a commune with its predecessors). */
	List<Row> month(CurrentUser user, Long postId, Collection<Long> communeIds, YearMonth month) {
		List<Object> args = reader(user);
		StringBuilder sql = new StringBuilder(SELECT).append("p.year = ? and i.month = ?");
		args.add(month.getYear());
		args.add(month.getMonthValue());
		if (postId != null) {
			sql.append(" and p.post_id = ?");
			args.add(postId);
		}
		if (communeIds != null) {
			sql.append(" and i.commune_id = any(?)");
			args.add(Ids.of(communeIds));
		}
		sql.append(" order by i.planned_on nulls first, i.id");
		return jdbc.query(sql.toString(), CalendarItems::row, args.toArray());
	}

	/** The items from the first month to the last, the nearest {@code limit} to the first (the feed). */
	List<Row> window(CurrentUser user, YearMonth first, YearMonth last, int limit) {
		List<Object> args = reader(user);
		args.add(first.getYear() * 12 + first.getMonthValue());
		args.add(last.getYear() * 12 + last.getMonthValue());
		args.add(limit);
		return jdbc.query(SELECT + """
				p.year * 12 + i.month between ? and ?
				order by p.year, i.month, i.planned_on nulls first, i.id limit ?""", CalendarItems::row, args.toArray());
	}

	/** The reader's predicate's three values: all, own post, the scope's communes. */
	private List<Object> reader(CurrentUser user) {
		PlanAccess.Readers r = access.readers(user);
		List<Object> args = new ArrayList<>();
		args.add(r.all() || user.is(Role.ADMIN));
		args.add(r.postId());
		args.add(r.ids());
		return args;
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		java.sql.Date day = rs.getDate("planned_on");
		return new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("post_id"), rs.getInt("year"),
				rs.getInt("month"), day == null ? null : day.toLocalDate(), rs.getString("title"), rs.getString("content"),
				ContentArea.valueOf(rs.getString("content_area")), rs.getLong("commune_id"),
				Lead.valueOf(rs.getString("led_by")), rs.getString("place"), (Integer) rs.getObject("expected_participants"),
				ItemStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
