package vn.phoihop.activity;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.ScopeService;

/** The filtered log as CSV, streamed from a database cursor in batches (shared.export.CsvWriter). */
@Service
class ActivityCsv {

	static final int BATCH = 1000;

	private static final List<String> HEADERS = List.of("activity.csv.id", "activity.date", "activity.dateTo",
			"activity.type", "activity.commune", "activity.villages", "activity.contentArea", "activity.agreement",
			"activity.title", "activity.attendeeCount", "activity.force.BORDER_GUARD", "activity.force.MILITIA",
			"activity.force.POLICE", "activity.force.RESIDENT", "activity.force.OTHER", "activity.loggedBy",
			"activity.status");

	private final ScopeService scopes;

	private final AuditService audit;

	private final NamedParameterJdbcTemplate cursor;

	ActivityCsv(ScopeService scopes, AuditService audit, DataSource dataSource) {
		this.scopes = scopes;
		this.audit = audit;
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.setFetchSize(BATCH); // PostgreSQL reads a batch at a time inside the transaction
		this.cursor = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * Writes the filtered list in the filter's order; {@code loggerNames} are the people's names by username ("Người
	 * ghi"), {@code label} turns a message key into text.
	 */
	@Transactional(readOnly = true)
	public void write(CurrentUser user, ActivityFilter f, CsvWriter out, Map<Long, String> communeNames,
			Map<Long, String> villageNames, Map<String, String> loggerNames, Function<String, String> label) {
		out.row(HEADERS.stream().map(label).toList());
		ActivityFilter.Condition where = f.where(scopes.scopeOf(user));
		cursor.query("""
				select a.id, a.activity_date, a.date_to, a.type, a.commune_id,
				  array(select av.village_id from activity_village av where av.activity_id = a.id order by av.village_id),
				  a.content_area, a.agreement_id, a.title, a.attendee_count, a.part_border_guard, a.part_militia,
				  a.part_police, a.part_resident, a.part_other, a.logged_by, a.status
				from activity a where""" + " " + where.sql() + " order by " + f.orderBy(), where.params(), rs -> {
			List<Object> cells = new ArrayList<>(17);
			cells.add(rs.getLong(1));
			cells.add(rs.getDate(2).toLocalDate());
			cells.add(rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate());
			cells.add(label.apply(ActivityType.valueOf(rs.getString(4)).labelKey()));
			cells.add(communeNames.getOrDefault(rs.getLong(5), ""));
			cells.add(String.join("; ", villages(rs.getArray(6)).stream().map(v -> villageNames.getOrDefault(v, ""))
				.toList()));
			cells.add(rs.getString(7) == null ? null : label.apply(ContentArea.valueOf(rs.getString(7)).labelKey()));
			cells.add(rs.getObject(8));
			cells.add(rs.getString(9));
			for (int c = 10; c <= 15; c++) {
				cells.add(rs.getObject(c));
			}
			cells.add(loggerNames.getOrDefault(rs.getString(16), rs.getString(16)));
			cells.add(label.apply(ActivityStatus.valueOf(rs.getString(17)).labelKey()));
			out.row(cells);
		});
		out.flush();
	}

	/** The export in the audit trail: called after the export's read transaction, not inside it (see ReportService). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void recordExport() {
		audit.recordStandalone(AuditService.EXPORT, "Activity", null, "CSV", null);
	}

	private static List<Long> villages(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}

}
