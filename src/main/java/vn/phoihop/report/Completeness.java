package vn.phoihop.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.deadline.ExpectedReports;
import vn.phoihop.report.CompletenessReport.ConclusionCell;
import vn.phoihop.report.CompletenessReport.Level;
import vn.phoihop.report.CompletenessReport.Post;
import vn.phoihop.report.CompletenessReport.ReportCell;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Province;
import vn.phoihop.territory.TerritoryService;

/**
 * The completeness report's figures: the reports each post expected of its communes per month with their due dates
 * ({@link ExpectedReports}: the communes of today, a merged commune counted in the one it joined), each with the day
 * it was first sent and how often it was returned; each post's first conclusion of each month. Two statements
 * whatever the unit. Who reads what (docs/design.md §4): the administrator every unit (none chosen: the country), the
 * provincial command its province and its posts, a post's commander and cadres their post, a commune's official
 * their commune's reports to the posts that cover it; any other unit is a 404.
 */
@Service
@Transactional(readOnly = true)
public class Completeness {

	/** What to report on: a post's code, a province's code, or neither (the reader's default unit); whole months. */
	public record Query(String post, String province, YearMonth first, YearMonth last) {
	}

	private record Unit(String label, Level level, List<BorderPost> posts, Long commune) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final TerritoryService territory;

	private final AuditService audit;

	Completeness(NamedParameterJdbcTemplate jdbc, TerritoryService territory, AuditService audit) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.audit = audit;
	}

	public CompletenessReport report(CurrentUser user, Query q, LocalDate today) {
		Unit unit = unit(user, q);
		Map<Long, Post> posts = new LinkedHashMap<>();
		Map<Long, String> provinceNames = new LinkedHashMap<>();
		territory.provinces().forEach(p -> provinceNames.put(p.getId(), p.getName()));
		unit.posts().forEach(p -> posts.put(p.getId(), new Post(p.getId(), p.getCode(), p.getName(),
				p.getProvince().getId(), provinceNames.getOrDefault(p.getProvince().getId(), ""))));
		if (posts.isEmpty()) {
			return new CompletenessReport(unit.label(), unit.level(), q.first(), q.last(), today, List.of(), List.of(),
					Map.of(), posts);
		}
		MapSqlParameterSource p = ExpectedReports.months(new MapSqlParameterSource("posts", posts.keySet()), q.first(),
				q.last()).addValue("commune", unit.commune());
		String with = ExpectedReports.with("pc.post_id in (:posts)");
		ZoneId zone = ZoneId.systemDefault();
		List<ReportCell> reports = new ArrayList<>();
		Set<Long> communes = new HashSet<>();
		jdbc.query(with + """
				select e.post_id, e.commune_id, e.month, e.report_due, s.first_submitted_at,
				       coalesce(s.return_count, 0) as returns
				from expected e
				left join monthly_review r on r.post_id = e.post_id and r.month = e.month
				left join commune_submission s on s.review_id = r.id and s.commune_id = e.commune_id
				where cast(:commune as bigint) is null or e.commune_id = :commune
				order by e.post_id, e.commune_id, e.month""", p, rs -> {
			Timestamp sent = rs.getTimestamp("first_submitted_at");
			long commune = rs.getLong("commune_id");
			communes.add(commune);
			reports.add(new ReportCell(rs.getLong("post_id"), commune,
					YearMonth.from(rs.getDate("month").toLocalDate()), rs.getDate("report_due").toLocalDate(),
					sent == null ? null : sent.toInstant().atZone(zone).toLocalDate(), rs.getInt("returns")));
		});
		List<ConclusionCell> conclusions = jdbc.query(with + """
				select e.post_id, e.month, min(e.conclusion_due) as due,
				       (select min(ed.concluded_on) from monthly_review r join review_edition ed on ed.review_id = r.id
				        where r.post_id = e.post_id and r.month = e.month) as concluded_on
				from expected e
				where cast(:commune as bigint) is null or e.commune_id = :commune
				group by e.post_id, e.month order by e.post_id, e.month""", p,
				(rs, i) -> new ConclusionCell(rs.getLong("post_id"), YearMonth.from(rs.getDate("month").toLocalDate()),
						rs.getDate("due").toLocalDate(),
						rs.getDate("concluded_on") == null ? null : rs.getDate("concluded_on").toLocalDate()));
		return new CompletenessReport(unit.label(), unit.level(), q.first(), q.last(), today, reports, conclusions,
				territory.communeLabels(communes), posts);
	}

	/** The unit asked for, or the reader's own; a unit outside the reader's scope is a 404. */
	private Unit unit(CurrentUser user, Query q) {
		if (q.post() != null) {
			BorderPost post = territory.postByCode(q.post()).orElseThrow(NotFoundException::new);
			boolean reads = switch (user.role()) {
				case ADMIN -> true;
				case VIEWER -> post.getProvince().getId().equals(user.provinceId());
				case COMMANDER, POST_CADRE -> post.getId().equals(user.postId());
				case COMMUNE_OFFICIAL -> territory.postsCovering(user.communeId()).stream()
					.anyMatch(p -> p.getId().equals(post.getId()));
			};
			if (!reads) {
				throw new NotFoundException();
			}
			return user.is(Role.COMMUNE_OFFICIAL) ? official(user, List.of(post))
					: new Unit(post.getName(), Level.POST, List.of(post), null);
		}
		if (q.province() != null) {
			Province province = territory.provinceByCode(q.province()).orElseThrow(NotFoundException::new);
			if (!user.is(Role.ADMIN) && !(user.is(Role.VIEWER) && province.getId().equals(user.provinceId()))) {
				throw new NotFoundException();
			}
			return new Unit(province.getName(), Level.PROVINCE, territory.postsInProvince(province.getId()), null);
		}
		return switch (user.role()) {
			case ADMIN -> new Unit(null, Level.COUNTRY, territory.allPosts(), null);
			case VIEWER -> {
				Province province = territory.province(user.provinceId()).orElseThrow(NotFoundException::new);
				yield new Unit(province.getName(), Level.PROVINCE, territory.postsInProvince(province.getId()), null);
			}
			case COMMANDER, POST_CADRE -> {
				BorderPost post = territory.post(user.postId()).orElseThrow(NotFoundException::new);
				yield new Unit(post.getName(), Level.POST, List.of(post), null);
			}
			case COMMUNE_OFFICIAL -> official(user, territory.postsCovering(user.communeId()));
		};
	}

	private Unit official(CurrentUser user, List<BorderPost> posts) {
		String label = territory.commune(user.communeId()).map(c -> c.getLabel()).orElseThrow(NotFoundException::new);
		return new Unit(label, Level.COMMUNE, posts, user.communeId());
	}

	/** Each file of the report is audited as an export, outside any transaction (as the period report's). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void recordExport(String format, CompletenessReport r) {
		audit.recordStandalone(AuditService.EXPORT, "CompletenessReport", null,
				format + " " + r.level() + " " + (r.unitLabel() == null ? "" : r.unitLabel() + " ") + r.first() + ".."
						+ r.last(),
				null);
	}

}
