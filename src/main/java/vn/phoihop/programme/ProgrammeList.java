package vn.phoihop.programme;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;

/**
 * The programme list's read side: the programmes the reader sees ({@link ProgrammeAccess}), filtered, a page at a
 * time, each with its figures cut to the reader's scope (the beneficiaries of the reader's communes, their support);
 * and the filter's totals. The support's count and value come from its yearly totals ({@code programme_support_year},
 * V107, kept by the database), which hold the beneficiary's programme and commune. Aggregates and programme names only: the
 * provincial command reads it too.
 */
@Service
@Transactional(readOnly = true)
class ProgrammeList {

	/** A programme of the list with its figures in the reader's scope. */
	record Line(long id, long kindId, String name, Long postId, Long communeId, LocalDate startsOn, LocalDate endsOn,
			long persons, long households, long left, long supports, long value) {

		long current() {
			return persons + households;
		}

	}

	/** The filter's totals: programmes, current beneficiaries (persons, households), support given and its value. */
	record Totals(long programmes, long persons, long households, long supports, long value) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ProgrammeAccess access;

	ProgrammeList(DataSource dataSource, ProgrammeAccess access) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.access = access;
	}

	/** The programmes the filter and the reader's unit select, as SQL over {@code programme p}. */
	private String where(CurrentUser user, ProgrammeFilter f, MapSqlParameterSource p) {
		List<String> and = new ArrayList<>();
		Set<Long> posts = access.posts(user);
		if (posts != null) {
			Scope scope = access.scope(user);
			and.add("(p.post_id = any(:posts) or p.commune_id = any(:scope))");
			p.addValue("posts", posts.toArray(Long[]::new)).addValue("scope", scope.idsForQuery());
		}
		if (f.blankQ() != null) {
			and.add("position(search_key(:q) in p.name_key) > 0");
			p.addValue("q", f.blankQ());
		}
		if (f.getKindId() != null) {
			and.add("p.kind_id = :kind");
			p.addValue("kind", f.getKindId());
		}
		if (f.getYear() != null) {
			and.add("p.starts_on <= make_date(:year, 12, 31) and (p.ends_on is null or p.ends_on >= make_date(:year, 1, 1))");
			p.addValue("year", f.getYear());
		}
		return and.isEmpty() ? "true" : String.join(" and ", and);
	}

	/**
	 * The condition on the commune of a beneficiary (or of a row of the support's monthly totals) aliased
	 * {@code alias}: of the reader's communes.
	 */
	private static String inScope(Scope scope, MapSqlParameterSource p, String alias) {
		if (scope.all()) {
			return "true";
		}
		p.addValue("scope", scope.idsForQuery());
		return alias + ".commune_id = any(:scope)";
	}

	Page<Line> page(CurrentUser user, ProgrammeFilter f, int page) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(user, f, p);
		Scope scope = access.scope(user);
		String inScope = inScope(scope, p, "b");
		String year = support(f, p);
		PageRequest request = PageRequest.of(Paging.index(page), Paging.SIZE);
		Long total = jdbc.queryForObject("select count(*) from programme p where " + where, p, Long.class);
		p.addValue("limit", request.getPageSize()).addValue("offset", request.getOffset());
		List<Line> lines = jdbc.query("""
				select p.id, p.kind_id, p.name, p.post_id, p.commune_id, p.starts_on, p.ends_on,
				  coalesce(b.persons, 0), coalesce(b.households, 0), coalesce(b.left_, 0), coalesce(s.n, 0),
				  coalesce(s.value, 0)
				from programme p
				left join lateral (
				  select count(*) filter (where b.left_on is null and b.member_id is not null) persons,
				         count(*) filter (where b.left_on is null and b.member_id is null) households,
				         count(*) filter (where b.left_on is not null) left_
				  from programme_beneficiary b where b.programme_id = p.id and %2$s) b on true
				left join lateral (
				  select sum(t.n) n, sum(t.value) value
				  from programme_support_year t
				  where t.programme_id = p.id and %4$s and %3$s) s on true
				where %1$s
				order by p.starts_on desc, p.name, p.id
				limit :limit offset :offset""".formatted(where, inScope, year, inScope(scope, p, "t")), p,
				ProgrammeList::line);
		return new PageImpl<>(lines, request, total == null ? 0 : total);
	}

	/**
	 * The totals of every programme of the filter, in the reader's scope: the beneficiaries read once for both their
	 * counts, the support's yearly totals once for its count and value (a province's programmes: about 600 yearly rows
	 * for 46,000 support rows).
	 */
	Totals totals(CurrentUser user, ProgrammeFilter f) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(user, f, p);
		Scope scope = access.scope(user);
		String inScope = inScope(scope, p, "b");
		String year = support(f, p);
		return jdbc.queryForObject("""
				with visible as (select p.id from programme p where %1$s)
				select (select count(*) from visible), b.persons, b.households, s.n, s.value
				from (select count(*) filter (where b.member_id is not null) persons,
				        count(*) filter (where b.member_id is null) households
				      from programme_beneficiary b
				      where b.programme_id in (select id from visible) and b.left_on is null and %2$s) b,
				  (select coalesce(sum(t.n), 0) n, coalesce(sum(t.value), 0) value
				   from programme_support_year t
				   where t.programme_id in (select id from visible) and %4$s and %3$s) s""".formatted(where, inScope,
						year, inScope(scope, p, "t")),
				p, (rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

	/**
	 * The support counted, as a condition on its yearly totals ({@code programme_support_year t}, V107, kept by the
	 * database): the filter's year, or every year.
	 */
	private static String support(ProgrammeFilter f, MapSqlParameterSource p) {
		if (f.getYear() == null) {
			return "true";
		}
		p.addValue("year", f.getYear());
		return "t.year = :year";
	}

	private static Line line(ResultSet rs, int n) throws SQLException {
		Date ends = rs.getDate(7);
		return new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4), (Long) rs.getObject(5),
				rs.getDate(6).toLocalDate(), ends == null ? null : ends.toLocalDate(), rs.getLong(8), rs.getLong(9),
				rs.getLong(10), rs.getLong(11), rs.getLong(12));
	}

}
