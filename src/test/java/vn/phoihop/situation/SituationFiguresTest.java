package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.support.IntegrationTest;

/**
 * The register's figures for the monthly review and the reports: counts, restricted items included but under no
 * severity and never as still followed (both are content); an item still followed counts in every later month.
 */
@IntegrationTest
class SituationFiguresTest {

	/** Items of this test only: Lâm Hóa (merged into Tuyên Lâm) in 2012, which no other test reads. */
	private static final String MARK = "SituationFiguresTest";

	@Autowired
	SituationFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheItems() {
		jdbc.update("delete from situation_item where summary like ?", MARK + "%");
	}

	long commune(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	void item(String commune, LocalDate on, String category, String severity, String status, boolean restricted) {
		jdbc.update("""
				insert into situation_item (commune_id, occurred_on, category_id, source, severity, summary, status,
				  restricted, recorded_by)
				select ?, ?, c.id, 'RESIDENT', ?, ?, ?, ?, 'chihuy.ramai' from situation_category c where c.code = ?""",
				commune(commune), Date.valueOf(on), severity, MARK + " " + on, status, restricted, category);
	}

	@Test
	void aMonthCountsItsItemsAndTheEarlierOnesStillFollowedRestrictedOnesUnderNoSeverity() {
		long lamHoa = commune("LAMHOA");
		item("LAMHOA", LocalDate.of(2012, 1, 10), "SMUGGLING", "SERIOUS", "FOLLOWING", false); // still followed
		item("LAMHOA", LocalDate.of(2012, 1, 20), "SMUGGLING", "SERIOUS", "HANDLED", false); // closed in its month
		item("LAMHOA", LocalDate.of(2012, 3, 5), "SMUGGLING", "SERIOUS", "NEW", false);
		item("LAMHOA", LocalDate.of(2012, 3, 6), "SMUGGLING", "ROUTINE", "HANDLED", false);
		item("LAMHOA", LocalDate.of(2012, 3, 7), "DRUGS", "URGENT", "FOLLOWING", true); // restricted, open
		item("LAMHOA", LocalDate.of(2012, 4, 1), "DRUGS", "URGENT", "NEW", false); // after March

		List<SituationFigures.MonthFigure> march = figures.month(List.of(lamHoa), YearMonth.of(2012, 3));
		assertThat(march).containsExactlyInAnyOrder(
				new SituationFigures.MonthFigure(lamHoa, YearMonth.of(2012, 3), "DRUGS", null, 1, 0),
				new SituationFigures.MonthFigure(lamHoa, YearMonth.of(2012, 3), "SMUGGLING", Severity.ROUTINE, 1, 0),
				// the January item still followed counts as followed in March, not as one of March's items
				new SituationFigures.MonthFigure(lamHoa, YearMonth.of(2012, 3), "SMUGGLING", Severity.SERIOUS, 1, 2));
		assertThat(figures.month(List.of(lamHoa), YearMonth.of(2012, 2))).containsExactly(
				new SituationFigures.MonthFigure(lamHoa, YearMonth.of(2012, 2), "SMUGGLING", Severity.SERIOUS, 0, 1));
		assertThat(figures.month(List.of(), YearMonth.of(2012, 3))).isEmpty();

		List<SituationFigures.Count> period = figures.period(List.of(lamHoa), LocalDate.of(2012, 1, 1),
				LocalDate.of(2012, 3, 31));
		assertThat(period.stream().mapToLong(SituationFigures.Count::items).sum()).isEqualTo(5);
		assertThat(period.stream().filter(SituationFigures.Count::restricted)).singleElement()
			.satisfies(c -> {
				assertThat(c.categoryCode()).isEqualTo("DRUGS");
				assertThat(c.open()).isZero();
			});
		assertThat(period.stream().mapToLong(SituationFigures.Count::open).sum()).isEqualTo(2);
		assertThat(figures.open(List.of(lamHoa))).isEqualTo(4); // restricted included: the commander's count
	}

	@Test
	void categoriesAreLabelledInTheReadersLanguageInTheRegistersOrder() {
		assertThat(figures.categoryLabels(Locale.forLanguageTag("vi"))).containsEntry("DRUGS", "Ma túy")
			.containsKeys("ILLEGAL_CROSSING", "OTHER");
		assertThat(figures.categoryLabels(Locale.ENGLISH).keySet()).first().isEqualTo("ILLEGAL_CROSSING");
		assertThat(figures.categoryLabels(Locale.ENGLISH)).containsEntry("DRUGS", "Drugs");
	}

}
