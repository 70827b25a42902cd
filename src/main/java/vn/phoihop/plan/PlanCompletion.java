package vn.phoihop.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.TerritoryService;

/**
 * How the plans were carried out (named interface {@code completion}): the planned items of approved plans per commune
 * and content area, with how many were done, partly done, not done or are still open, for the monthly review
 * ({@link #ofPostMonth}) and the period report ({@link #ofCommunes}); one GROUP BY each. The share done is the items
 * done over the items planned (an item partly done is not done); a draft plan counts for nothing until approved.
 * Rendered by {@code plan/_completion :: table}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("completion")
public class PlanCompletion {

	/** Planned items and how they went. */
	public record Counts(long planned, long done, long partly, long notDone, long open) {

		public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

		public Counts plus(Counts o) {
			return new Counts(planned + o.planned, done + o.done, partly + o.partly, notDone + o.notDone, open + o.open);
		}

		/** The whole percent of the planned items done (0 when none was planned). */
		public int percentDone() {
			return planned == 0 ? 0 : (int) Math.round(done * 100.0 / planned);
		}

	}

	/** One commune's items of one content area; {@code commune}: its name as the territory writes it. */
	public record Row(Long communeId, String commune, ContentArea contentArea, Counts counts) {
	}

	/** The rows by commune then content area, and their total. */
	public record Table(List<Row> rows, Counts total) {

		public boolean isEmpty() {
			return rows.isEmpty();
		}

	}

	private static final String COUNTS = """
			select i.commune_id, i.content_area, count(*) planned,
			       count(*) filter (where i.status = 'DONE') done,
			       count(*) filter (where i.status = 'PARTLY_DONE') partly,
			       count(*) filter (where i.status = 'NOT_DONE') not_done,
			       count(*) filter (where i.status = 'OPEN') open
			from planned_item i join coordination_plan p on p.id = i.plan_id
			where p.status = 'APPROVED' and\s""";

	private final JdbcTemplate jdbc;

	private final TerritoryService territory;

	private final PlanAccess access;

	PlanCompletion(JdbcTemplate jdbc, TerritoryService territory, PlanAccess access) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.access = access;
	}

	/**
	 * The items of the post's approved plans in the month: all of them for the post's people and the administrator,
	 * those of the reader's scope for the others (an official reads their commune's).
	 */
	public Table ofPostMonth(CurrentUser user, Long postId, YearMonth month) {
		boolean all = user.is(vn.phoihop.shared.security.Role.ADMIN)
				|| (PlanAccess.postUser(user) && postId.equals(user.postId()));
		Scope scope = access.scope(user);
		if (all || scope.all()) {
			return table(COUNTS + "p.post_id = ? and p.year = ? and i.month = ? group by i.commune_id, i.content_area",
					postId, month.getYear(), month.getMonthValue());
		}
		return table(COUNTS + "p.post_id = ? and p.year = ? and i.month = ? and i.commune_id = any(?)"
				+ " group by i.commune_id, i.content_area", postId, month.getYear(), month.getMonthValue(),
				scope.idsForQuery());
	}

	/**
	 * The items of approved plans in these communes whose month lies in the period ({@code from}'s month to {@code to}'s
	 * month, both included), of one agreement when given. The caller has cut the communes to the reader's scope.
	 */
	public Table ofCommunes(Collection<Long> communeIds, LocalDate from, LocalDate to, Long agreementId) {
		if (communeIds.isEmpty()) {
			return new Table(List.of(), Counts.ZERO);
		}
		int first = index(YearMonth.from(from));
		int last = index(YearMonth.from(to));
		String where = "i.commune_id = any(?) and p.year * 12 + i.month between ? and ?";
		if (agreementId == null) {
			return table(COUNTS + where + " group by i.commune_id, i.content_area", Ids.of(communeIds), first, last);
		}
		return table(COUNTS + where + " and p.agreement_id = ? group by i.commune_id, i.content_area",
				Ids.of(communeIds), first, last, agreementId);
	}

	private static int index(YearMonth m) {
		return m.getYear() * 12 + m.getMonthValue();
	}

	private Table table(String sql, Object... args) {
		List<Row> raw = jdbc.query(sql, (rs, i) -> new Row(rs.getLong("commune_id"), null,
				ContentArea.valueOf(rs.getString("content_area")), new Counts(rs.getLong("planned"), rs.getLong("done"),
						rs.getLong("partly"), rs.getLong("not_done"), rs.getLong("open"))), args);
		return named(raw);
	}

	/** The items given (a plan's, as its page shows them), counted per commune and content area. */
	Table of(List<PlannedItem> items) {
		Map<List<Object>, Counts> counts = new HashMap<>();
		for (PlannedItem i : items) {
			ItemStatus s = i.getStatus();
			counts.merge(List.of(i.getCommuneId(), i.getContentArea()), new Counts(1, s == ItemStatus.DONE ? 1 : 0,
					s == ItemStatus.PARTLY_DONE ? 1 : 0, s == ItemStatus.NOT_DONE ? 1 : 0, s == ItemStatus.OPEN ? 1 : 0),
					Counts::plus);
		}
		List<Row> raw = new ArrayList<>();
		counts.forEach((k, c) -> raw.add(new Row((Long) k.get(0), null, (ContentArea) k.get(1), c)));
		return named(raw);
	}

	/** The rows with their communes' names, by commune then content area, and their total. */
	private Table named(List<Row> raw) {
		// every commune's label, kept by the territory's cache: no statement of its own on a page
		Map<Long, String> names = raw.isEmpty() ? Map.of() : territory.communeLabels();
		List<Row> rows = new ArrayList<>(raw.size());
		Counts total = Counts.ZERO;
		for (Row r : raw) {
			rows.add(new Row(r.communeId(), names.getOrDefault(r.communeId(), ""), r.contentArea(), r.counts()));
			total = total.plus(r.counts());
		}
		rows.sort(Comparator.comparing(Row::commune).thenComparing(Row::communeId).thenComparing(Row::contentArea));
		return new Table(rows, total);
	}

}
