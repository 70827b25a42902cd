package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.IntegrationTest;

/** The register's figures for the monthly review and the reports: counts, restricted items included. */
@IntegrationTest
class SituationFiguresTest {

	@Autowired
	SituationFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMonthsCountsAgreeWithTheRegisterRestrictedItemsIncluded() {
		long danHoa = jdbc.queryForObject("select id from commune where code = 'DANHOA2025'", Long.class);
		YearMonth month = YearMonth.now().minusMonths(1);
		List<SituationFigures.Count> counts = figures.month(List.of(danHoa), month);
		long items = counts.stream().mapToLong(SituationFigures.Count::items).sum();
		long open = counts.stream().mapToLong(SituationFigures.Count::open).sum();
		assertThat(items).isEqualTo(jdbc.queryForObject("""
				select count(*) from situation_item where commune_id = ? and occurred_on between ? and ?""",
				Long.class, danHoa, month.atDay(1), month.atEndOfMonth()));
		assertThat(open).isEqualTo(jdbc.queryForObject("""
				select count(*) from situation_item where commune_id = ? and occurred_on between ? and ?
				and status in ('NEW', 'FOLLOWING')""", Long.class, danHoa, month.atDay(1), month.atEndOfMonth()));
		assertThat(counts).allSatisfy(c -> assertThat(c.communeId()).isEqualTo(danHoa));
		assertThat(figures.open(List.of(danHoa))).isEqualTo(jdbc.queryForObject(
				"select count(*) from situation_item where commune_id = ? and status in ('NEW', 'FOLLOWING')",
				Long.class, danHoa));
		assertThat(figures.month(List.of(), month)).isEmpty();
	}

}
