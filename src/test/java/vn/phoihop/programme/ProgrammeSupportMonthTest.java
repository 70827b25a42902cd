package vn.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.household.SupportKind;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.Scope;

/**
 * The support's monthly totals (V106) stay equal to the support rows whatever writes them (a support added, changed
 * in value, day, kind or beneficiary, deleted; a beneficiary moved to another programme or commune), and the figures
 * read through them (the programme list's rows and totals, {@link ProgrammeTotals} for the list and the period report)
 * are those of the support rows for any period: whole months, partial first and last months, a few days.
 */
@IntegrationTest
class ProgrammeSupportMonthTest {

	/** The rows the totals table should hold, from the support rows themselves, minus the table: 0 when equal. */
	private static final String DIFFERENCE = """
			select count(*) from (
			  (select b.programme_id, b.commune_id, date_trunc('month', s.given_on::timestamp)::date, s.kind, count(*),
			     sum(s.value_dong)
			   from programme_support s join programme_beneficiary b on b.id = s.beneficiary_id group by 1, 2, 3, 4
			   except all
			   select programme_id, commune_id, month, kind, n, value from programme_support_month where n <> 0)
			  union all
			  (select programme_id, commune_id, month, kind, n, value from programme_support_month where n <> 0
			   except all
			   select b.programme_id, b.commune_id, date_trunc('month', s.given_on::timestamp)::date, s.kind, count(*),
			     sum(s.value_dong)
			   from programme_support s join programme_beneficiary b on b.id = s.beneficiary_id group by 1, 2, 3, 4)) d""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	ProgrammeTotals totals;

	@Autowired
	ProgrammeList list;

	@Autowired
	ProgrammeAccess access;

	@Autowired
	ProgrammeFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	PlatformTransactionManager transactions;

	private long commune(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	/** The yearly totals' rows (V107) that differ from the support rows' own count and sum, either way. */
	static final String YEAR_DIFFERENCE = """
			select count(*) from (
			  (select b.programme_id, b.commune_id, cast(extract(year from s.given_on) as int), s.kind, count(*),
			     sum(s.value_dong)
			   from programme_support s join programme_beneficiary b on b.id = s.beneficiary_id group by 1, 2, 3, 4
			   except all
			   select programme_id, commune_id, year, kind, n, value from programme_support_year where n <> 0)
			  union all
			  (select programme_id, commune_id, year, kind, n, value from programme_support_year where n <> 0
			   except all
			   select b.programme_id, b.commune_id, cast(extract(year from s.given_on) as int), s.kind, count(*),
			     sum(s.value_dong)
			   from programme_support s join programme_beneficiary b on b.id = s.beneficiary_id group by 1, 2, 3, 4)) d""";

	/** The monthly and the yearly totals' rows that differ from the support rows. */
	private long difference() {
		return jdbc.queryForObject(DIFFERENCE, Long.class) + jdbc.queryForObject(YEAR_DIFFERENCE, Long.class);
	}

	@Test
	void theTotalsFollowEveryWriteToTheSupportAndItsBeneficiaries() {
		assertThat(jdbc.queryForObject("select count(*) from programme_support_month where n <> 0", Long.class))
			.as("the demo data's months").isPositive();
		assertThat(difference()).as("after the migration and the demo data").isZero();
		long school = fixtures.programme(ProgrammeFixtures.SCHOOL);
		long tet = fixtures.programme(ProgrammeFixtures.TET);
		long pupil = (Long) fixtures.beneficiaryIn(school, "TRONGHOA").get("id");
		long household = jdbc.queryForObject("select min(id) from programme_beneficiary where programme_id = ?",
				Long.class, tet);
		long householdsCommune = jdbc.queryForObject("select commune_id from programme_beneficiary where id = ?",
				Long.class, household);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			long id = jdbc.queryForObject("""
					insert into programme_support (beneficiary_id, given_on, kind, value_dong, created_by, updated_by)
					values (?, date '2020-03-17', 'MONEY', 700000, 'test', 'test') returning id""", Long.class, pupil);
			assertThat(difference()).as("insert").isZero();
			jdbc.update("update programme_support set value_dong = 650000 where id = ?", id);
			assertThat(difference()).as("another value").isZero();
			jdbc.update("update programme_support set given_on = date '2020-04-30' where id = ?", id);
			assertThat(difference()).as("another month").isZero();
			jdbc.update("update programme_support set given_on = date '2021-01-02', kind = 'CLOTHING' where id = ?", id);
			assertThat(difference()).as("another year and kind").isZero();
			jdbc.update("update programme_support set beneficiary_id = ? where id = ?", household, id);
			assertThat(difference()).as("another beneficiary, programme and commune").isZero();
			jdbc.update("update programme_support set given_by = 'Đồn' where id = ?", id);
			assertThat(difference()).as("a column not counted").isZero();
			// the pupil moved to another programme and commune, with every support given to them
			long other = jdbc.queryForObject("""
					insert into programme (kind_id, name, post_id, starts_on, created_by, updated_by)
					select kind_id, 'Chương trình thử', post_id, starts_on, 'test', 'test' from programme where id = ?
					returning id""", Long.class, school);
			jdbc.update("update programme_beneficiary set programme_id = ? where id = ?", other, pupil);
			assertThat(difference()).as("beneficiary moved to another programme").isZero();
			jdbc.update("update programme_beneficiary set commune_id = ? where id = ?", commune("TUYENLAM"), pupil);
			assertThat(difference()).as("beneficiary moved to another commune").isZero();
			jdbc.update("update programme_beneficiary set programme_id = ?, commune_id = ? where id = ?", school,
					commune("TRONGHOA"), pupil);
			assertThat(difference()).as("beneficiary moved back").isZero();
			jdbc.update("update programme_beneficiary set joined_on = joined_on where id = ?", pupil);
			assertThat(difference()).as("a column not counted").isZero();
			jdbc.update("delete from programme_support where id = ?", id);
			assertThat(difference()).as("delete").isZero();
			// the CLOTHING month of the household's commune is now 0: read as nothing
			assertThat(jdbc.queryForObject("select count(*) from programme_support_month where n = 0", Long.class))
				.isPositive();
			LocalDate from = LocalDate.of(2020, 11, 3);
			LocalDate to = LocalDate.of(2021, 2, 27);
			assertThat(totals.of(List.of(householdsCommune), from, to).valueByKindAndYear())
				.doesNotContainKey(SupportKind.CLOTHING);
			assertFiguresAreTheSupports(null, from, to);
			jdbc.update("delete from programme_support where beneficiary_id = ?", pupil);
			assertThat(difference()).as("every support of a beneficiary").isZero();
			status.setRollbackOnly();
		});
		assertThat(difference()).as("rolled back").isZero();
	}

	@Test
	void theFiguresOfAnyPeriodAreThoseOfTheSupportRows() {
		List<LocalDate[]> periods = List.of(
				new LocalDate[] { LocalDate.of(2017, 1, 1), LocalDate.now() },
				new LocalDate[] { LocalDate.of(2019, 9, 10), LocalDate.of(2021, 1, 22) },
				new LocalDate[] { LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31) },
				new LocalDate[] { LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29) },
				new LocalDate[] { LocalDate.of(2020, 1, 21), LocalDate.of(2020, 1, 28) },
				new LocalDate[] { LocalDate.of(2019, 12, 25), LocalDate.of(2020, 1, 20) },
				new LocalDate[] { LocalDate.of(2018, 1, 20), LocalDate.of(2018, 1, 20) },
				new LocalDate[] { LocalDate.of(2021, 9, 1), LocalDate.of(2022, 1, 20) },
				new LocalDate[] { LocalDate.of(2018, 1, 21), LocalDate.of(2023, 6, 30) });
		long compared = 0;
		for (LocalDate[] period : periods) {
			compared += assertFiguresAreTheSupports(new Long[] { commune("TRONGHOA"), commune("THANHHOA") }, period[0],
					period[1]);
			assertFiguresAreTheSupports(new Long[] { commune("THANHHOA") }, period[0], period[1]);
			compared += assertFiguresAreTheSupports(null, period[0], period[1]);
		}
		assertThat(compared).as("periods with support in them").isGreaterThan(12);
	}

	/**
	 * The support part of {@link ProgrammeTotals}'s figures (per kind of programme: times and value; per kind of
	 * support and year: value) against the support rows summed here; {@code ids} null for every commune. Returns 1 when
	 * the period had support.
	 */
	private long assertFiguresAreTheSupports(Long[] ids, LocalDate from, LocalDate to) {
		ProgrammeTotals.Figures f = ids == null ? totals.ofAll(from, to) : totals.of(List.of(ids), from, to);
		Map<String, long[]> byProgrammeKind = new TreeMap<>();
		Map<SupportKind, Map<Integer, Long>> byKindAndYear = new EnumMap<>(SupportKind.class);
		named.query("""
				select k.code, s.kind, extract(year from s.given_on)::int, count(*), sum(s.value_dong)
				from programme_support s join programme_beneficiary b on b.id = s.beneficiary_id
				join programme p on p.id = b.programme_id join programme_kind k on k.id = p.kind_id
				where (:all or b.commune_id = any(:ids)) and s.given_on between :from and :to
				group by 1, 2, 3""", new MapSqlParameterSource("all", ids == null)
			.addValue("ids", ids == null ? new Long[0] : ids)
			.addValue("from", from)
			.addValue("to", to), rs -> {
				long[] v = byProgrammeKind.computeIfAbsent(rs.getString(1), k -> new long[2]);
				v[0] += rs.getLong(4);
				v[1] += rs.getLong(5);
				byKindAndYear.computeIfAbsent(SupportKind.valueOf(rs.getString(2)), k -> new TreeMap<>())
					.merge(rs.getInt(3), rs.getLong(5), Long::sum);
			});
		String as = "%s %s..%s".formatted(ids == null ? "all" : List.of(ids), from, to);
		Map<String, long[]> read = new TreeMap<>();
		f.byProgrammeKind()
			.stream()
			.filter(r -> r.supports() > 0)
			.forEach(r -> read.put(r.code(), new long[] { r.supports(), r.value() }));
		assertThat(read).as(as).hasSameSizeAs(byProgrammeKind);
		byProgrammeKind.forEach((code, v) -> assertThat(read.get(code)).as(as + " " + code).containsExactly(v));
		assertThat(f.valueByKindAndYear()).as(as).isEqualTo(byKindAndYear);
		return byProgrammeKind.isEmpty() ? 0 : 1;
	}

	@Test
	void theListsRowsAndTotalsAreThoseOfTheSupportRows() {
		int compared = 0;
		for (String username : List.of("tinh.quangtri", "chihuy.ramai", "xa.tuyenlam", "admin")) {
			CurrentUser user = users.load(username);
			Scope scope = access.scope(user);
			for (Integer year : new Integer[] { null, 2019, 2022, 2030 }) {
				ProgrammeFilter filter = new ProgrammeFilter();
				filter.setYear(year);
				Page<ProgrammeList.Line> page = list.page(user, filter, 1);
				long supports = 0;
				long value = 0;
				for (ProgrammeList.Line line : page.getContent()) {
					long[] expected = supportOf(List.of(line.id()), scope, year);
					assertThat(new long[] { line.supports(), line.value() }).as("%s %s %s", username, year, line.name())
						.containsExactly(expected);
					supports += expected[0];
					value += expected[1];
					compared += expected[0] > 0 ? 1 : 0;
				}
				ProgrammeList.Totals t = list.totals(user, filter);
				if (page.getTotalPages() <= 1) {
					assertThat(new long[] { t.supports(), t.value() }).as("%s %s totals", username, year)
						.containsExactly(supports, value);
				}
				assertThat(new long[] { t.supports(), t.value() }).as("%s %s totals", username, year)
					.containsExactly(supportOf(programmesOf(user, filter), scope, year));
			}
		}
		assertThat(compared).as("programmes with support compared").isGreaterThan(6);
	}

	/** Every programme of the filter for the user (the list's pages put together). */
	private List<Long> programmesOf(CurrentUser user, ProgrammeFilter filter) {
		Page<ProgrammeList.Line> first = list.page(user, filter, 1);
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= first.getTotalPages(); i++) {
			list.page(user, filter, i).forEach(l -> ids.add(l.id()));
		}
		return ids;
	}

	/** Count and value of the support of the programmes to beneficiaries of the scope, in the year (null: all). */
	private long[] supportOf(List<Long> programmes, Scope scope, Integer year) {
		return named.queryForObject("""
				select count(*), coalesce(sum(s.value_dong), 0)
				from programme_support s join programme_beneficiary b on b.id = s.beneficiary_id
				where b.programme_id = any(:programmes) and (:all or b.commune_id = any(:scope))
				  and (:year = 0 or extract(year from s.given_on) = :year)""",
				new MapSqlParameterSource("programmes", programmes.toArray(Long[]::new)).addValue("all", scope.all())
					.addValue("scope", scope.idsForQuery())
					.addValue("year", year == null ? 0 : year),
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) });
	}

	/** A period of whole months is read from the monthly totals alone; partial months add their days' rows. */
	@Test
	void wholeMonthsReadNoSupportRow() {
		Long[] ids = { 1L };
		String whole = ProgrammeSupportRows.of(ids, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30),
				new MapSqlParameterSource(), "s");
		assertThat(whole).contains("programme_support_month").doesNotContain("join programme_support s");
		String partial = ProgrammeSupportRows.of(ids, LocalDate.of(2019, 1, 2), LocalDate.of(2020, 6, 29),
				new MapSqlParameterSource(), "s");
		assertThat(partial).contains("programme_support_month").contains(":psrHeadFrom").contains(":psrTailFrom");
		String days = ProgrammeSupportRows.of(ids, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 30),
				new MapSqlParameterSource(), "s");
		assertThat(days).doesNotContain("programme_support_month").contains("join programme_support s");
		// whole years from the yearly totals, the months of a partial year from the monthly ones; no support is dated
		// after the day it is recorded, so a period ending today (the list's) has its month and year whole
		String years = ProgrammeSupportRows.of(ids, LocalDate.of(2018, 11, 1), LocalDate.of(2021, 2, 28),
				new MapSqlParameterSource(), "s");
		assertThat(years).contains("programme_support_year").contains("programme_support_month")
			.doesNotContain("join programme_support s");
		String toToday = ProgrammeSupportRows.of(ids, LocalDate.of(2017, 1, 1), ProgrammeCommands.today(),
				new MapSqlParameterSource(), "s");
		assertThat(toToday).contains("programme_support_year").doesNotContain("programme_support_month")
			.doesNotContain("join programme_support s");
	}

	/**
	 * A scope's months and a programme's communes are read from the indexes alone: with the other ways of reading
	 * turned off for the test's transaction, both plans are index-only scans.
	 */
	@Test
	void aScopesMonthsAreReadFromAnIndexAlone() {
		Long[] communes = { commune("TRONGHOA"), commune("THANHHOA") };
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.execute("set local enable_seqscan = off");
			jdbc.execute("set local enable_bitmapscan = off");
			String byCommune = String.join("\n", jdbc.queryForList("""
					explain select programme_id, kind, sum(n), sum(value) from programme_support_month
					where commune_id = any(?) and month >= ? and month < ? group by 1, 2""", String.class, communes,
					Date.valueOf("2017-01-01"), Date.valueOf("2027-01-01")));
			assertThat(byCommune).contains("Index Only Scan using programme_support_month_commune_idx");
			String byProgramme = String.join("\n", jdbc.queryForList("""
					explain select sum(n), sum(value) from programme_support_month
					where programme_id = ? and commune_id = any(?) and month between ? and ?""", String.class,
					fixtures.programme(ProgrammeFixtures.SCHOOL), communes, Date.valueOf("2019-01-01"),
					Date.valueOf("2019-12-01")));
			assertThat(byProgramme).contains("Index Only Scan using programme_support_month_");
		});
	}

}
