package vn.phoihop.programme;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.household.Relation;
import vn.phoihop.household.SupportKind;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;

/**
 * A programme's beneficiaries as its page lists them: cut to the reader's scope, filtered by name (the person's, or
 * the head's for a household), current or left, a page at a time with each one's support; and the filter's totals
 * with the value of the support by kind. Names are read from the household tables with the beneficiaries, in one
 * statement (the reader's scope was decided by {@link ProgrammeAccess}; the provincial command never gets here).
 */
@Service
@Transactional(readOnly = true)
class BeneficiaryList {

	/** A beneficiary of the list: who (a person of the household, or the household by its head), where, support. */
	record Line(long id, long householdId, Long memberId, String name, Relation relation, String headName,
			long communeId, long villageId, LocalDate joinedOn, LocalDate leftOn, long supports, long value) {
	}

	/** The filter's totals: current persons and households, those who left, the support and its value by kind. */
	record Totals(long persons, long households, long left, long supports, long value, Map<SupportKind, Long> byKind) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	BeneficiaryList(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	private static String where(long programmeId, Scope scope, BeneficiaryFilter f, boolean status,
			MapSqlParameterSource p) {
		List<String> and = new ArrayList<>();
		and.add("b.programme_id = :programme");
		p.addValue("programme", programmeId);
		if (!scope.all()) {
			and.add("b.commune_id = any(:scope)");
			p.addValue("scope", scope.idsForQuery());
		}
		if (f.getCommuneId() != null) {
			and.add("b.commune_id = :commune");
			p.addValue("commune", f.getCommuneId());
		}
		if (f.blankQ() != null) {
			and.add("position(search_key(:q) in coalesce(m.name_key, h.head_key)) > 0");
			p.addValue("q", f.blankQ());
		}
		if (status && f.getStatus() == BeneficiaryFilter.Status.CURRENT) {
			and.add("b.left_on is null");
		}
		else if (status && f.getStatus() == BeneficiaryFilter.Status.LEFT) {
			and.add("b.left_on is not null");
		}
		return String.join(" and ", and);
	}

	private static final String FROM = """
			from programme_beneficiary b join household h on h.id = b.household_id
			left join household_member m on m.id = b.member_id""";

	Page<Line> page(long programmeId, Scope scope, BeneficiaryFilter f, int page) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(programmeId, scope, f, true, p);
		PageRequest request = PageRequest.of(Paging.index(page), Paging.SIZE);
		Long total = jdbc.queryForObject("select count(*) " + FROM + " where " + where, p, Long.class);
		p.addValue("limit", request.getPageSize()).addValue("offset", request.getOffset());
		List<Line> lines = jdbc.query("""
				select b.id, b.household_id, b.member_id, m.full_name, m.relation, h.head_name, b.commune_id,
				  h.village_id, b.joined_on, b.left_on,
				  (select count(*) from programme_support s where s.beneficiary_id = b.id),
				  (select coalesce(sum(s.value_dong), 0) from programme_support s where s.beneficiary_id = b.id)
				""" + FROM + " where " + where + """

				order by coalesce(m.full_name, h.head_name), b.id limit :limit offset :offset""", p,
				BeneficiaryList::line);
		return new PageImpl<>(lines, request, total == null ? 0 : total);
	}

	/** The totals of the filter's beneficiaries whatever their status (the status filter picks the rows only). */
	Totals totals(long programmeId, Scope scope, BeneficiaryFilter f) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(programmeId, scope, f, false, p);
		long[] counts = jdbc.queryForObject("""
				select count(*) filter (where b.left_on is null and b.member_id is not null),
				  count(*) filter (where b.left_on is null and b.member_id is null),
				  count(*) filter (where b.left_on is not null)
				""" + FROM + " where " + where, p,
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) });
		Map<SupportKind, Long> byKind = new LinkedHashMap<>();
		long[] support = new long[2];
		jdbc.query("select s.kind, count(*), sum(s.value_dong) " + FROM
				+ " join programme_support s on s.beneficiary_id = b.id where " + where
				+ " group by s.kind order by s.kind", p, rs -> {
					byKind.put(SupportKind.valueOf(rs.getString(1)), rs.getLong(3));
					support[0] += rs.getLong(2);
					support[1] += rs.getLong(3);
				});
		return new Totals(counts[0], counts[1], counts[2], support[0], support[1], byKind);
	}

	private static Line line(ResultSet rs, int n) throws SQLException {
		Date left = rs.getDate(10);
		String relation = rs.getString(5);
		return new Line(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
				relation == null ? null : Relation.valueOf(relation), rs.getString(6), rs.getLong(7), rs.getLong(8),
				rs.getDate(9).toLocalDate(), left == null ? null : left.toLocalDate(), rs.getLong(11), rs.getLong(12));
	}

}
