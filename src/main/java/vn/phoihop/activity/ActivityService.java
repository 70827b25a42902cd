package vn.phoihop.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.shared.db.Ids;
import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.agreement.Uploads;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.cache.KeptByChanges;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/**
 * The activity module's API: the log (scoped reads, totals, CSV), logging and editing with the rules of issue 4, and
 * the month lock that the review module calls when a month is concluded.
 */
@Service
@Transactional
public class ActivityService {

	static final int MAX_ATTENDEES = 5000;

	static final int MAX_PER_FORCE = 1000;

	static final long MAX_ATTACHMENT_BYTES = 10 * Uploads.MB;

	static final int CSV_BATCH = 1000;

	private final ActivityRepository activities;

	private final ScopeService scopes;

	private final TerritoryService territory;

	private final AgreementService agreements;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ActivityService(ActivityRepository activities, ScopeService scopes, TerritoryService territory,
			AgreementService agreements, AuditService audit, JdbcTemplate jdbc) {
		this.activities = activities;
		this.scopes = scopes;
		this.territory = territory;
		this.agreements = agreements;
		this.audit = audit;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	public record Attachment(Long id, String filename, String contentType, long size, byte[] data) {
	}

	// ---- month lock (called by the review module)

	public void lockMonth(Collection<Long> communeIds, YearMonth month) {
		for (Long c : communeIds) {
			jdbc.update("insert into activity_month_lock (commune_id, month, locked_by) values (?, ?, ?) "
					+ "on conflict do nothing", c, month.atDay(1), username());
		}
		audit.record("LOCK", "ActivityMonth", null, month + " " + communeIds, null, null,
				Map.of("month", month.toString(), "communeIds", List.copyOf(communeIds)));
	}

	public void unlockMonth(Collection<Long> communeIds, YearMonth month) {
		for (Long c : communeIds) {
			jdbc.update("delete from activity_month_lock where commune_id = ? and month = ?", c, month.atDay(1));
		}
		audit.record("UNLOCK", "ActivityMonth", null, month + " " + communeIds, null,
				Map.of("month", month.toString(), "communeIds", List.copyOf(communeIds)), null);
	}

	@Transactional(readOnly = true)
	public boolean isLocked(Long communeId, YearMonth month) {
		if (communeId == null || month == null) {
			return false;
		}
		Boolean locked = jdbc.queryForObject(
				"select exists (select 1 from activity_month_lock where commune_id = ? and month = ?)", Boolean.class,
				communeId, month.atDay(1));
		return Boolean.TRUE.equals(locked);
	}

	// ---- who may do what

	public boolean mayLog(CurrentUser user) {
		return user != null && (user.is(Role.COMMUNE_OFFICIAL) || user.is(Role.POST_CADRE) || user.is(Role.COMMANDER));
	}

	/** COMMUNE_OFFICIAL: own current commune; POST_CADRE/COMMANDER: the communes their post covers today. */
	@Transactional(readOnly = true)
	public List<Commune> actableCommunes(CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		if (user.is(Role.COMMUNE_OFFICIAL)) {
			return territory.commune(user.communeId()).filter(c -> !c.isMerged()).map(List::of).orElse(List.of());
		}
		if (user.is(Role.POST_CADRE) || user.is(Role.COMMANDER)) {
			LocalDate today = LocalDate.now();
			return territory.coverage(user.postId()).stream().filter(c -> c.covers(today)).map(PostCoverage::getCommune)
				.filter(c -> !c.isMerged()).distinct().toList();
		}
		return List.of();
	}

	// ---- reads

	@Transactional(readOnly = true)
	public Activity get(CurrentUser user, Long id) {
		Scope scope = scopes.scopeOf(user);
		Activity a = activities.findInScope(id, scope.all(), scope.idsForQuery()).orElseThrow(NotFoundException::new);
		a.getVillageIds().size();
		a.getHouseholdIds().size();
		return a;
	}

	@Transactional(readOnly = true)
	public Page<Activity> search(CurrentUser user, ActivityFilter f, int page) {
		Scope scope = scopes.scopeOf(user);
		Page<Activity> result = activities.search(scope.all(), scope.idsForQuery(), f.communeId, f.villageId, f.type,
				f.contentArea, f.agreementId, f.from, f.to, f.loggedBy, f.status, f.q,
				PageRequest.of(Paging.index(page), Paging.SIZE, sort(f)));
		result.forEach(a -> a.getVillageIds().size());
		return result;
	}

	/** One row of the log's page: the columns the list shows. */
	public record Line(long id, LocalDate date, ActivityType type, String title, long communeId, Integer attendees,
			Integer participants, ActivityStatus status) {
	}

	/**
	 * One page of the log whose total is already known (the page shows the filtered totals anyway, and their
	 * {@code count} is the same WHERE): saves the separate count query, a second scan of the filtered rows. The rows
	 * are read as the list's columns, not as entities: loading 25 activities with their villages was an eighth of
	 * the page's CPU (docs/performance.md).
	 */
	@Transactional(readOnly = true)
	public Page<Line> lines(CurrentUser user, ActivityFilter f, int page, long total) {
		Pageable pageable = PageRequest.of(Paging.index(page), Paging.SIZE, sort(f));
		if (pageable.getOffset() >= total) {
			return new org.springframework.data.domain.PageImpl<>(List.of(), pageable, total);
		}
		return new org.springframework.data.domain.PageImpl<>(lines(scopes.scopeOf(user), f, pageable), pageable, total);
	}

	/** One page of the log before its total is known ({@link #totalsNow}): past the end, no rows. */
	@Transactional(readOnly = true)
	public List<Line> lines(CurrentUser user, ActivityFilter f, int page) {
		return lines(scopes.scopeOf(user), f, PageRequest.of(Paging.index(page), Paging.SIZE, sort(f)));
	}

	private List<Line> lines(Scope scope, ActivityFilter f, Pageable pageable) {
		// two steps: the page's ids from the covering index (V040, V048), then those 25 rows (a post's activities are
		// spread over the table: reading every matching row to sort them cost one heap page per row at national scale)
		List<Long> ids = pageIdsPerCommune(scope, f, pageable);
		if (ids == null) {
			ids = activities.pageIds(scope.all(), scope.idsForQuery(), f.communeId, f.villageId, f.type,
					f.contentArea, f.agreementId, f.from, f.to, f.loggedBy, f.status, f.q, pageable).getContent();
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Line> byId = new java.util.HashMap<>();
		jdbc.query("""
				select id, activity_date, type, title, commune_id, attendee_count,
				  case when type in ('PATROL', 'INSPECTION') then coalesce(part_border_guard, 0) + coalesce(part_militia, 0)
				    + coalesce(part_police, 0) + coalesce(part_resident, 0) + coalesce(part_other, 0) end,
				  status
				from activity where id = any(?)""", rs -> {
			long id = rs.getLong(1);
			byId.put(id, new Line(id, rs.getDate(2).toLocalDate(), ActivityType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getLong(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
					ActivityStatus.valueOf(rs.getString(8))));
		}, (Object) Ids.of(ids));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Scopes up to this many communes take the page per commune ({@link #pageIdsPerCommune}). */
	static final int PER_COMMUNE_MAX = 64;

	/**
	 * The ids of one page in the default order (newest first) for a scope of a few communes, or {@code null} when
	 * the generic query must answer (the whole country, another sort, a village filter). A text filter is a LIKE on
	 * the stored {@code search_text} (V041): newest first, a common word fills the page after a few rows. The covering
	 * index (V040, V048) is ordered by date within each commune, but {@code commune_id in (...)} cannot read those orders
	 * merged:
	 * the generic query read every activity of the scope (46,000 for the largest post at national scale) and sorted
	 * them for 25 rows. Here each commune gives at most {@code offset + size} rows already in order (index-only), and
	 * only those are merged: for a few communes by PostgreSQL's Merge Append over one ordered range per commune, for
	 * more by a LATERAL subquery with LIMIT per commune and a sort. Bounded offset paging: its cost grows with the
	 * page number, not with the size of the log (docs/performance.md, "Paging").
	 */
	List<Long> pageIdsPerCommune(Scope scope, ActivityFilter f, Pageable pageable) {
		return pageIdsPerCommune(scope, f, pageable, MERGED_MAX);
	}

	/** As above; scopes of up to {@code mergedMax} communes take the merged form (a test asks for either). */
	List<Long> pageIdsPerCommune(Scope scope, ActivityFilter f, Pageable pageable, int mergedMax) {
		boolean defaultSort = pageable.getSort().equals(Sort.by(Sort.Direction.DESC, "activityDate")
			.and(Sort.by(Sort.Direction.DESC, "id")));
		if (scope.all() || scope.communeIds().isEmpty() || scope.communeIds().size() > PER_COMMUNE_MAX
				|| !defaultSort || f.villageId != null) {
			return null;
		}
		List<Long> communes = f.communeId != null ? List.of(f.communeId) : List.copyOf(scope.communeIds());
		var params = new MapSqlParameterSource()
			.addValue("ids", communes)
			.addValue("type", f.type == null ? null : f.type.name())
			.addValue("area", f.contentArea == null ? null : f.contentArea.name())
			.addValue("agreement", f.agreementId, Types.BIGINT)
			.addValue("from", f.from, Types.DATE)
			.addValue("to", f.to, Types.DATE)
			.addValue("loggedBy", f.loggedBy, Types.VARCHAR)
			.addValue("status", f.status == null ? null : f.status.name(), Types.VARCHAR)
			.addValue("q", f.q, Types.VARCHAR)
			.addValue("lim", pageable.getOffset() + pageable.getPageSize())
			.addValue("off", pageable.getOffset())
			.addValue("size", pageable.getPageSize());
		if (f.communeId != null && !scope.communeIds().contains(f.communeId)) {
			return List.of();
		}
		String filters = """
				    and (cast(:type as varchar) is null or a.type = cast(:type as varchar))
				    and (cast(:area as varchar) is null or a.content_area = cast(:area as varchar))
				    and (cast(:agreement as bigint) is null or a.agreement_id = cast(:agreement as bigint))
				    and (cast(:from as date) is null or a.activity_date >= cast(:from as date))
				    and (cast(:to as date) is null or a.activity_date <= cast(:to as date))
				    and (cast(:loggedBy as varchar) is null or a.logged_by = cast(:loggedBy as varchar))
				    and (cast(:status as varchar) is null or a.status = cast(:status as varchar))
				    and (cast(:q as varchar) is null
				         or strpos(a.search_text, search_key(cast(:q as varchar))) > 0)
				""";
		if (communes.size() <= mergedMax) {
			// one ordered range of the index per commune, merged by PostgreSQL (a Merge Append): it reads offset + size
			// entries in all, where the LATERAL form below reads offset + size per commune and sorts them (page 40 of
			// a post: 1,000 entries instead of 3,000, 1.0 ms instead of 2.9; docs/performance.md, change 44)
			StringBuilder sql = new StringBuilder("select x.id from (");
			for (int i = 0; i < communes.size(); i++) {
				sql.append(i == 0 ? "" : " union all ").append("(select a.id, a.activity_date from activity a where a.commune_id = :c")
					.append(i).append('\n').append(filters).append(" order by a.activity_date desc, a.id desc limit :lim)");
				params.addValue("c" + i, communes.get(i));
			}
			sql.append(") x order by x.activity_date desc, x.id desc offset :off limit :size");
			return named.queryForList(sql.toString(), params, Long.class);
		}
		return named.queryForList("""
				select x.id from unnest(array[:ids]::bigint[]) c(id)
				cross join lateral (
				  select a.id, a.activity_date from activity a
				  where a.commune_id = c.id
				""" + filters + """
				  order by a.activity_date desc, a.id desc limit :lim) x
				order by x.activity_date desc, x.id desc offset :off limit :size""", params, Long.class);
	}

	/**
	 * Scopes up to this many communes (a post has 3 on average nationally) take their page by merging one index range
	 * per commune; more take the LATERAL form, whose SQL does not grow with the number of communes (a query of one
	 * branch per commune is planned on every execution).
	 */
	static final int MERGED_MAX = 8;

	@Transactional(readOnly = true)
	public ActivityTotals totals(CurrentUser user, ActivityFilter f) {
		Scope scope = scopes.scopeOf(user);
		return totals(scope, f, changes(scope));
	}

	private ActivityTotals totals(Scope scope, ActivityFilter f, long changes) {
		return keptTotals.get(key(scope, f), changes, () -> {
			if (readsActivities(f)) {
				// filters the monthly totals do not keep: the filtered activities themselves
				return activities.totals(scope.all(), scope.idsForQuery(), f.communeId, f.villageId, f.type,
						f.contentArea, f.agreementId, f.from, f.to, f.loggedBy, f.status, f.q);
			}
			return monthTotals(scope, f);
		});
	}

	/**
	 * The log's totals for its page, or empty when they are not kept and computing them would read more than
	 * {@link #inlineTotalsMax} of the scope's activities: a text, village or "logged by" filter reads every activity
	 * the other filters leave (a common word in the largest post at national scale: 46,000 index entries, 40-60 ms of
	 * PostgreSQL CPU). The page then shows its rows at once and fetches these totals in a second request
	 * ({@link #totals(CurrentUser, ActivityFilter)}, docs/performance.md change 52). How many activities would be
	 * read is the count of the filter without its text, village and author, which the monthly totals answer.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ActivityTotals> totalsNow(CurrentUser user, ActivityFilter f) {
		Scope scope = scopes.scopeOf(user);
		long changes = changes(scope);
		if (readsActivities(f) && keptTotals.peek(key(scope, f), changes) == null
				&& totals(scope, f.withoutRowFilters(), changes).sessions() > inlineTotalsMax) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(totals(scope, f, changes));
	}

	/** The filters whose totals read the activities themselves, not the monthly totals (V043). */
	private static boolean readsActivities(ActivityFilter f) {
		return f.villageId != null || f.loggedBy != null || f.q != null;
	}

	private static TotalsKey key(Scope scope, ActivityFilter f) {
		return new TotalsKey(scope, f.communeId, f.villageId, f.type, f.contentArea, f.agreementId, f.from, f.to,
				f.loggedBy, f.status, f.q);
	}

	/** Totals that would read more activities than this come in a second request ({@link #totalsNow}). */
	private volatile int inlineTotalsMax = INLINE_TOTALS_MAX;

	/** About 5 ms of PostgreSQL CPU in the covering index (V048) on this project's 2-core machine. */
	static final int INLINE_TOTALS_MAX = 5_000;

	/** For tests: their data is small, so they lower the bound to see the page without its totals. */
	void inlineTotalsMax(int max) {
		this.inlineTotalsMax = max;
	}

	/** The totals of filters the monthly totals keep (V043): whole months from there, the other days from the log. */
	private ActivityTotals monthTotals(Scope scope, ActivityFilter f) {
		MapSqlParameterSource p = ActivityMonthTotals.range(new MapSqlParameterSource(), f.from, f.to)
			.addValue("all", scope.all())
			.addValue("ids", scope.idsForQuery())
			.addValue("commune", f.communeId, Types.BIGINT)
			.addValue("type", f.type == null ? null : f.type.name(), Types.VARCHAR)
			.addValue("area", f.contentArea == null ? null : f.contentArea.name(), Types.VARCHAR)
			.addValue("agreement", f.agreementId, Types.BIGINT)
			.addValue("status", f.status == null ? null : f.status.name(), Types.VARCHAR);
		String where = """
				(:all or x.commune_id = any(:ids))
				  and (cast(:commune as bigint) is null or x.commune_id = cast(:commune as bigint))
				  and (cast(:type as varchar) is null or x.type = cast(:type as varchar))
				  and (cast(:area as varchar) is null or x.content_area = cast(:area as varchar))
				  and (cast(:agreement as bigint) is null or x.agreement_id = cast(:agreement as bigint))
				  and (cast(:status as varchar) is null or x.status = cast(:status as varchar))""";
		return named.queryForObject("""
				select coalesce(sum(n), 0), coalesce(sum(n) filter (where type = 'OUTREACH'), 0),
				  coalesce(sum(attendees), 0), coalesce(sum(n) filter (where type = 'PATROL'), 0),
				  coalesce(sum(n) filter (where type = 'INSPECTION'), 0), coalesce(sum(border_guard), 0),
				  coalesce(sum(militia), 0), coalesce(sum(police), 0), coalesce(sum(resident), 0),
				  coalesce(sum(other), 0)
				from """ + ActivityMonthTotals.source(where, "a"), p,
				(rs, i) -> new ActivityTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
	}

	/** The filters of a total, and the scope it was computed in. */
	private record TotalsKey(Scope scope, Long communeId, Long villageId, ActivityType type,
			vn.phoihop.agreement.ContentArea contentArea, Long agreementId, LocalDate from, LocalDate to, String loggedBy,
			ActivityStatus status, String q) {
	}

	/**
	 * The log's totals per scope and filter. Those of a text, village or "logged by" filter read every activity of
	 * the scope that the other filters leave (46,000 for the largest post at national scale); the others read the
	 * monthly totals (2,660 rows for the largest post's ten years, 2 ms). Kept, so that paging through the log, or
	 * the same view by another user of the post, reads one row per commune instead (docs/performance.md, changes 46
	 * and 49). A filter is a few hundred bytes.
	 */
	private final KeptByChanges<TotalsKey, ActivityTotals> keptTotals = new KeptByChanges<>(5_000);

	/**
	 * How many times the scope's activities (or their villages) were created, changed or deleted: a count per commune
	 * kept by PostgreSQL (V048), summed. It only grows, so an unchanged sum means unchanged activities.
	 */
	long changes(Scope scope) {
		return KeptByChanges.changes(jdbc, "activity_commune_change", scope.all(), scope.idsForQuery());
	}

	/**
	 * The "logged by" filter's choices per scope, kept as the totals are. Computing them read every activity of the
	 * scope (46,000 for the largest post at national scale, 35 ms) on every page of the log (docs/performance.md).
	 */
	private final KeptByChanges<Scope, List<String>> loggersByScope = new KeptByChanges<>(2_000);

	@Transactional(readOnly = true)
	public List<String> loggers(CurrentUser user) {
		Scope scope = scopes.scopeOf(user);
		return loggersByScope.get(scope, changes(scope),
				() -> List.copyOf(activities.loggers(scope.all(), scope.idsForQuery())));
	}

	static Sort sort(ActivityFilter f) {
		Sort.Direction dir = "asc".equalsIgnoreCase(f.dir) ? Sort.Direction.ASC : Sort.Direction.DESC;
		String property = switch (f.sort == null ? "" : f.sort) {
			case "title" -> "title";
			case "type" -> "type";
			case "commune" -> "communeId";
			case "status" -> "status";
			default -> "activityDate";
		};
		return Sort.by(dir, property).and(Sort.by(dir, "id"));
	}

	/** Writes the filtered list as CSV (UTF-8 with BOM, formula cells neutralised), in batches. */
	@Transactional(readOnly = true)
	public void writeCsv(CurrentUser user, ActivityFilter f, Writer out, Map<Long, String> communeNames,
			Map<Long, String> villageNames, java.util.function.Function<String, String> label) {
		Scope scope = scopes.scopeOf(user);
		try {
			out.write('\uFEFF');
			out.write(Csv.row(List.of(label.apply("activity.csv.id"), label.apply("activity.date"),
					label.apply("activity.dateTo"), label.apply("activity.type"), label.apply("activity.commune"),
					label.apply("activity.villages"), label.apply("activity.contentArea"),
					label.apply("activity.agreement"), label.apply("activity.title"),
					label.apply("activity.attendeeCount"), label.apply("activity.force.BORDER_GUARD"),
					label.apply("activity.force.MILITIA"), label.apply("activity.force.POLICE"),
					label.apply("activity.force.RESIDENT"), label.apply("activity.force.OTHER"),
					label.apply("activity.loggedBy"), label.apply("activity.status"))));
			Pageable pageable = PageRequest.of(0, CSV_BATCH, sort(f));
			while (true) {
				Slice<Activity> slice = activities.slice(scope.all(), scope.idsForQuery(), f.communeId, f.villageId,
						f.type, f.contentArea, f.agreementId, f.from, f.to, f.loggedBy, f.status, f.q, pageable);
				for (Activity a : slice) {
					out.write(Csv.row(java.util.Arrays.asList(String.valueOf(a.getId()), String.valueOf(a.getActivityDate()),
							a.getDateTo() == null ? "" : a.getDateTo().toString(), label.apply(a.getType().labelKey()),
							communeNames.getOrDefault(a.getCommuneId(), ""),
							String.join("; ", a.getVillageIds().stream().map(v -> villageNames.getOrDefault(v, "")).toList()),
							a.getContentArea() == null ? "" : label.apply(a.getContentArea().labelKey()),
							a.getAgreementId() == null ? "" : String.valueOf(a.getAgreementId()), a.getTitle(),
							str(a.getAttendeeCount()), str(a.getBorderGuard()), str(a.getMilitia()), str(a.getPolice()),
							str(a.getResident()), str(a.getOtherForce()), a.getLoggedBy(),
							label.apply(a.getStatus().labelKey()))));
				}
				if (!slice.hasNext()) {
					break;
				}
				pageable = slice.nextPageable();
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CSV export in the audit trail: called after the export's read transaction, not inside it (see ReportService.recordExport). */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public void recordCsvExport() {
		audit.recordStandalone(AuditService.EXPORT, "Activity", null, "CSV", null);
	}

	private static String str(Integer i) {
		return i == null ? "" : i.toString();
	}

	/** An activity's agreement for its label on the detail page (one statement, no collections). */
	@Transactional(readOnly = true)
	public Agreement agreementForLabel(Long agreementId) {
		return agreements.findForLabel(agreementId).orElse(null);
	}

	/** The agreements offered for a commune on a day: those of the commune or of the communes merged into it. */
	@Transactional(readOnly = true)
	public List<Agreement> agreementsFor(Long communeId, LocalDate day) {
		if (communeId == null || day == null) {
			return List.of();
		}
		return agreements.validOn(scopes.withPredecessors(List.of(communeId)).communeIds(), day);
	}

	/** Villages of a commune and of its predecessors (villages keep their identity through a merge). */
	@Transactional(readOnly = true)
	public List<Village> villagesFor(Long communeId) {
		if (communeId == null) {
			return List.of();
		}
		return territory.villagesIn(scopes.withPredecessors(List.of(communeId)));
	}

	// ---- rules

	/** Every rule of the form, each error on its field; completeness only when submitting (not for a draft). */
	@Transactional(readOnly = true)
	public void validate(CurrentUser user, ActivityForm f, boolean submit, Errors errors) {
		Activity existing = f.id == null ? null : get(user, f.id);
		if (!mayLog(user)) {
			throw new AccessDeniedException("activity log");
		}
		if (existing != null && isLocked(existing.getCommuneId(), existing.month())) {
			errors.reject("activity.locked", new Object[] { existing.month().toString() }, "activity.locked");
		}
		if (f.type == null) {
			errors.rejectValue("type", "activity.type.required");
		}
		if (f.communeId == null) {
			errors.rejectValue("communeId", "activity.commune.required");
		}
		else {
			boolean actable = actableCommunes(user).stream().anyMatch(c -> c.getId().equals(f.communeId))
					|| (existing != null && existing.getCommuneId().equals(f.communeId));
			if (!actable) {
				errors.rejectValue("communeId", "activity.commune.notAllowed");
			}
		}
		LocalDate today = LocalDate.now();
		if (f.activityDate == null) {
			if (!errors.hasFieldErrors("activityDate")) {
				errors.rejectValue("activityDate", "activity.date.required");
			}
		}
		else if (f.activityDate.isAfter(today)) {
			errors.rejectValue("activityDate", "activity.date.future");
		}
		if (f.dateTo != null) {
			if (f.dateTo.isAfter(today)) {
				errors.rejectValue("dateTo", "activity.date.future");
			}
			else if (f.activityDate != null && f.dateTo.isBefore(f.activityDate)) {
				errors.rejectValue("dateTo", "activity.dateTo.beforeFrom");
			}
		}
		if (f.activityDate != null && f.communeId != null && !errors.hasFieldErrors("communeId")
				&& isLocked(f.communeId, YearMonth.from(f.activityDate)) && !errors.hasGlobalErrors()) {
			errors.rejectValue("activityDate", "activity.month.locked",
					new Object[] { YearMonth.from(f.activityDate).toString() }, "activity.month.locked");
		}
		if (f.agreementId != null) {
			Agreement ag = agreements.find(f.agreementId).orElse(null);
			Set<Long> communes = f.communeId == null ? Set.of() : scopes.withPredecessors(List.of(f.communeId)).communeIds();
			if (ag == null || ag.getCommuneIds().stream().noneMatch(communes::contains)) {
				errors.rejectValue("agreementId", "activity.agreement.notForCommune");
			}
			else {
				if (f.activityDate != null && !ag.isValidOn(f.activityDate) && !errors.hasFieldErrors("activityDate")) {
					errors.rejectValue("activityDate", "activity.date.outsideAgreement",
							new Object[] { dmy(ag.getValidFrom()), dmy(ag.getValidTo()) }, "activity.date.outsideAgreement");
				}
				if (f.dateTo != null && !ag.isValidOn(f.dateTo) && !errors.hasFieldErrors("dateTo")) {
					errors.rejectValue("dateTo", "activity.date.outsideAgreement",
							new Object[] { dmy(ag.getValidFrom()), dmy(ag.getValidTo()) }, "activity.date.outsideAgreement");
				}
				if (f.contentArea != null && !ag.getContentAreas().isEmpty()
						&& !ag.getContentAreas().contains(f.contentArea)) {
					errors.rejectValue("contentArea", "activity.contentArea.notInAgreement");
				}
			}
		}
		if (f.communeId != null && !f.villageIds.isEmpty()) {
			Set<Long> allowed = new java.util.HashSet<>(villagesFor(f.communeId).stream().map(Village::getId).toList());
			if (!allowed.containsAll(f.villageIds)) {
				errors.rejectValue("villageIds", "activity.villages.notInCommune");
			}
		}
		range(errors, "attendeeCount", f.attendeeCount, MAX_ATTENDEES);
		range(errors, "borderGuard", f.borderGuard, MAX_PER_FORCE);
		range(errors, "militia", f.militia, MAX_PER_FORCE);
		range(errors, "police", f.police, MAX_PER_FORCE);
		range(errors, "resident", f.resident, MAX_PER_FORCE);
		range(errors, "otherForce", f.otherForce, MAX_PER_FORCE);
		if (f.type != null && f.type.hasHouseholds() && f.householdIdSet() == null) {
			errors.rejectValue("householdIds", "activity.households.invalid");
		}
		if (f.economicModelId != null && f.economicModelId <= 0) {
			errors.rejectValue("economicModelId", "activity.economicModel.invalid");
		}
		if (submit) {
			completeness(f, errors);
		}
	}

	private static void completeness(ActivityForm f, Errors errors) {
		if (f.title == null || f.title.isBlank()) {
			errors.rejectValue("title", "activity.title.required");
		}
		if (f.villageIds.isEmpty() && !errors.hasFieldErrors("villageIds")) {
			errors.rejectValue("villageIds", "activity.villages.required");
		}
		if (f.contentArea == null && !errors.hasFieldErrors("contentArea")) {
			errors.rejectValue("contentArea", "activity.contentArea.required");
		}
		if (f.type == null) {
			return;
		}
		if (f.type.hasAttendees() && f.attendeeCount == null && !errors.hasFieldErrors("attendeeCount")) {
			errors.rejectValue("attendeeCount", "activity.attendees.required");
		}
		if (f.type.hasParticipants() && !errors.hasFieldErrors("borderGuard") && !errors.hasFieldErrors("militia")
				&& !errors.hasFieldErrors("police") && !errors.hasFieldErrors("resident")
				&& !errors.hasFieldErrors("otherForce")) {
			int total = n(f.borderGuard) + n(f.militia) + n(f.police) + n(f.resident) + n(f.otherForce);
			if (total < 1) {
				errors.rejectValue("borderGuard", "activity.participants.required");
			}
		}
		if (f.type.hasHouseholds() && !errors.hasFieldErrors("householdIds")) {
			Set<Long> ids = f.householdIdSet();
			if (ids == null || ids.isEmpty()) {
				errors.rejectValue("householdIds", "activity.households.required");
			}
		}
	}

	private static String dmy(LocalDate d) {
		return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static int n(Integer i) {
		return i == null ? 0 : i;
	}

	private static void range(Errors errors, String field, Integer value, int max) {
		if (value != null && !errors.hasFieldErrors(field) && (value < 0 || value > max)) {
			errors.rejectValue(field, "activity.count.range", new Object[] { 0, max }, "activity.count.range");
		}
	}

	// ---- writes

	/** Issues a fresh one-time token for a new-activity form. */
	public String newToken() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Logs a new activity. The form token is consumed in the same transaction as the insert: a second submit of the
	 * same form (a double click) finds it used and gets {@link DuplicateSubmitException} with the first one's id.
	 */
	public Activity create(CurrentUser user, ActivityForm form, boolean submit) {
		if (form.token == null || form.token.isBlank() || form.token.length() > 64) {
			throw new BusinessRuleException(null, "activity.token.missing");
		}
		int inserted = jdbc.update("insert into form_token (token, username) values (?, ?) on conflict do nothing",
				form.token, user.username());
		if (inserted == 0) {
			List<Long> ids = jdbc.queryForList("select entity_id from form_token where token = ? and username = ?",
					Long.class, form.token, user.username());
			throw new DuplicateSubmitException(ids.isEmpty() ? null : ids.get(0));
		}
		form.id = null;
		enforce(user, form, submit);
		Activity a = new Activity(user.username());
		a.update(form, submit ? ActivityStatus.SUBMITTED : ActivityStatus.DRAFT);
		a = activities.saveAndFlush(a);
		jdbc.update("update form_token set entity_id = ? where token = ?", a.getId(), form.token);
		audit.record(AuditService.CREATE, a, null);
		return a;
	}

	public Activity update(CurrentUser user, ActivityForm form, boolean submit) {
		Activity a = get(user, form.id);
		a.checkVersion(form.version);
		enforce(user, form, submit);
		Map<String, Object> before = a.auditSnapshot();
		a.update(form, submit ? ActivityStatus.SUBMITTED : ActivityStatus.DRAFT);
		a = activities.saveAndFlush(a);
		audit.record(AuditService.UPDATE, a, before);
		return a;
	}

	/** The rules again inside the transaction (a form may be posted without the page that checks it). */
	private void enforce(CurrentUser user, ActivityForm form, boolean submit) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validate(user, form, submit, errors);
		if (errors.hasErrors()) {
			var e = errors.getAllErrors().get(0);
			throw new BusinessRuleException(e instanceof FieldError fe ? fe.getField() : null, e.getCode(),
					e.getArguments() == null ? new Object[0] : e.getArguments());
		}
	}

	// ---- attachments

	public void addAttachment(CurrentUser user, Long activityId, MultipartFile file) {
		Activity a = get(user, activityId);
		if (!mayLog(user)) {
			throw new AccessDeniedException("activity attachment");
		}
		if (isLocked(a.getCommuneId(), a.month())) {
			throw new BusinessRuleException("file", "activity.locked", a.month().toString());
		}
		Uploads.Checked checked = Uploads.check(file, MAX_ATTACHMENT_BYTES, "file", "activity");
		Long id = jdbc.queryForObject("""
				insert into activity_attachment (activity_id, filename, content_type, size_bytes, data, uploaded_by)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, activityId, checked.filename(),
				checked.contentType(), (long) checked.data().length, checked.data(), user.username());
		audit.record(AuditService.UPDATE, a.auditType(), activityId, a.toString(), null, null,
				Map.of("attachmentId", id, "attachment", checked.filename(), "contentType", checked.contentType()));
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(Long activityId) {
		return jdbc.query("select id, filename, content_type, size_bytes from activity_attachment where activity_id = ? "
				+ "order by id", (rs, i) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						null), activityId);
	}

	@Transactional(readOnly = true)
	public Attachment attachment(CurrentUser user, Long activityId, Long attachmentId) {
		get(user, activityId);
		return jdbc.query("select id, filename, content_type, size_bytes, data from activity_attachment "
				+ "where id = ? and activity_id = ?",
				rs -> rs.next() ? new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getBytes(5)) : null, attachmentId, activityId);
	}

	private static String username() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}
