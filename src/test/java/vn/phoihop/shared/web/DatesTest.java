package vn.phoihop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * Dates as Vietnamese read them (issue 21 §8): typed and shown dd/MM/yyyy whatever the browser's language, the ISO form
 * of links and bookmarks still read, months shown MM/yyyy.
 */
class DatesTest {

	@Test
	void aDateIsReadInTheFormsAPersonTypesAndInTheIsoFormOfLinks() {
		LocalDate day = LocalDate.of(2026, 3, 15);
		for (String typed : new String[] { "15/03/2026", "15/3/2026", " 15/03/2026 ", "15.03.2026", "15-03-2026",
				"15 03 2026", "15032026", "2026-03-15", "2026-3-15" }) {
			assertThat(DateText.parseDate(typed)).as(typed).isEqualTo(day);
		}
		assertThat(DateText.parseDate("05/01/2026")).as("day first, never month first").isEqualTo(LocalDate.of(2026, 1, 5));
		for (String bad : new String[] { "31/02/2026", "15/13/2026", "2026/03/15", "15/03/26", "hôm qua", "", "1503202" }) {
			assertThatThrownBy(() -> DateText.parseDate(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
		}
		assertThat(DateText.parseMonth("03/2026")).isEqualTo(YearMonth.of(2026, 3));
		assertThat(DateText.parseMonth("3/2026")).isEqualTo(YearMonth.of(2026, 3));
		assertThat(DateText.parseMonth("2026-03")).isEqualTo(YearMonth.of(2026, 3));
		assertThatThrownBy(() -> DateText.parseMonth("13/2026")).isInstanceOf(DateTimeParseException.class);
	}

	@Test
	void theFieldPatternAcceptsWhatTheServerReads() {
		// the pattern attribute is a JavaScript expression matched against the whole value; Java's regex reads this one
		// the same way
		for (String typed : new String[] { "15/03/2026", "15.3.2026", "15 03 2026", "15032026", "2026-03-15" }) {
			assertThat(typed.matches(DateText.DATE_PATTERN)).as(typed).isTrue();
		}
		assertThat("hôm qua".matches(DateText.DATE_PATTERN)).isFalse();
		assertThat("03/2026".matches(DateText.MONTH_PATTERN)).isTrue();
		assertThat("2026-03".matches(DateText.MONTH_PATTERN)).isTrue();
	}

	@Test
	void printsDayMonthYearAndMonthYear() {
		DateText fmt = new DateText();
		assertThat(fmt.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
		assertThat(fmt.month(YearMonth.of(2026, 11))).isEqualTo("11/2026");
		assertThat(fmt.month("2026-11")).isEqualTo("11/2026");
		assertThat(fmt.typed("2026-01-05")).isEqualTo("05/01/2026");
		assertThat(fmt.typed("5.1.2026")).isEqualTo("05/01/2026");
		assertThat(fmt.typed("31/02/2026")).as("kept as typed").isEqualTo("31/02/2026");
		assertThat(fmt.date(null)).isEmpty();
	}

	/** The form classes of the application, as the other modules write them. */
	static class Annotated {

		@DateTimeFormat(pattern = "yyyy-MM-dd")
		LocalDate pattern;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		LocalDate iso;

		LocalDate plain;

	}

	@Nested
	@IntegrationTest
	class Application {

		@Autowired
		@Qualifier("mvcConversionService")
		FormattingConversionService conversion;

		@Autowired
		MockMvcTester mvc;

		@Autowired
		TestUsers users;

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void theDayMonthYearFormatterTakesPrecedenceOverEveryDateTimeFormatAnnotation() throws Exception {
			LocalDate day = LocalDate.of(2026, 3, 15);
			TypeDescriptor text = TypeDescriptor.valueOf(String.class);
			for (String field : new String[] { "pattern", "iso", "plain" }) {
				TypeDescriptor date = new TypeDescriptor(Annotated.class.getDeclaredField(field));
				// Spring's own formatter of @DateTimeFormat(pattern = "yyyy-MM-dd") would refuse this and print ISO
				assertThat(conversion.convert("15/03/2026", text, date)).as(field).isEqualTo(day);
				assertThat(conversion.convert("2026-03-15", text, date)).as(field).isEqualTo(day);
				assertThat(conversion.convert(day, date, text)).as(field).isEqualTo("15/03/2026");
			}
		}

		@Test
		void aFormTakesADayTypedAsVietnameseWriteItAndShowsItBackSo() {
			String name = "Mô hình ngày " + System.nanoTime();
			assertThat(mvc.post().uri("/models").with(users.as("xa.danhoa")).with(csrf())
				.param("name", name).param("startedOn", "15/03/2026").exchange()).hasStatus3xxRedirection();
			Long id = jdbc.queryForObject("select id from economic_model where name = ?", Long.class, name);
			assertThat(jdbc.queryForObject("select started_on from economic_model where id = ?", LocalDate.class, id))
				.isEqualTo(LocalDate.of(2026, 3, 15));
			String form = Pages.text(mvc.get().uri("/models/" + id + "/edit").with(users.as("xa.danhoa")).exchange(), 200);
			assertThat(form).contains("value=\"15/03/2026\"").contains("inputmode=\"numeric\"")
				.contains("placeholder=\"dd/mm/yyyy\"").contains("aria-describedby=\"startedOn-hint\"")
				.contains("Ngày/tháng/năm, ví dụ 15/03/2026").doesNotContain("type=\"date\"");
			// one field per name: a fragment selector (forms :: input) also selects every <input> of its file, so the
			// date fragments live in a file of their own
			assertThat(Pages.main(form).split("name=\"startedOn\"", -1)).hasSize(2);
			assertThat(Pages.main(form).split("name=\"name\"", -1)).hasSize(2);
			assertThat(Pages.main(form)).doesNotContain("name=\"\"").doesNotContain("null-hint");
		}

		@Test
		void aDateThatIsNoDateIsRefusedNextToItsFieldWithWhatWasTyped() {
			String page = Pages.main(Pages.text(mvc.post().uri("/models").with(users.as("xa.danhoa")).with(csrf())
				.param("name", "Mô hình sai ngày").param("startedOn", "31/02/2026").exchange(), 200));
			assertThat(page).contains("value=\"31/02/2026\"")
				.contains("id=\"startedOn-error\"")
				.contains("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm.")
				.contains("aria-describedby=\"startedOn-hint startedOn-error\"");
		}

		@Test
		void aListFilterReadsBothFormsShowsDayMonthYearAndKeepsABadDateWithItsMessage() {
			assertThat(Pages.main(Pages.text(mvc.get().uri("/audit?from=2026-03-15").with(users.as("admin")).exchange(), 200)))
				.contains("value=\"15/03/2026\"");
			assertThat(Pages.main(Pages.text(mvc.get().uri("/audit?from=15/03/2026").with(users.as("admin")).exchange(), 200)))
				.contains("value=\"15/03/2026\"");
			assertThat(Pages.main(Pages.text(mvc.get().uri("/audit?to=30/02/2026").with(users.as("admin")).exchange(), 200)))
				.contains("value=\"30/02/2026\"").contains("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm.");
			assertThat(Pages.main(Pages.text(mvc.get().uri("/activities?from=01/01/2017&to=31/12/2020")
				.with(users.as("chihuy.ramai")).exchange(), 200)))
				.contains("value=\"01/01/2017\"").contains("value=\"31/12/2020\"");
		}

		@Test
		void theReportReadsDayMonthYearAndShowsTheIsoDatesOfALinkSo() {
			String typed = Pages.main(Pages.text(mvc.get().uri("/reports/period?post=RAMAI&from=01/01/2017&to=31/12/2020")
				.with(users.as("chihuy.ramai")).exchange(), 200));
			String linked = Pages.main(Pages.text(mvc.get().uri("/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31")
				.with(users.as("chihuy.ramai")).exchange(), 200));
			assertThat(typed).contains("id=\"fig-sessions\">274<").contains("value=\"01/01/2017\"");
			assertThat(linked).contains("id=\"fig-sessions\">274<").contains("value=\"01/01/2017\"")
				.contains("value=\"31/12/2020\"");
		}

		@Test
		void theMonthOfTheReviewListIsTypedAsMonthYear() {
			assertThat(mvc.get().uri("/reviews/go?post=RAMAI&month=03/2026").with(users.as("chihuy.ramai")).exchange())
				.hasRedirectedUrl("/reviews/RAMAI/2026-03");
			assertThat(mvc.get().uri("/reviews/go?post=RAMAI&month=2026-03").with(users.as("chihuy.ramai")).exchange())
				.hasRedirectedUrl("/reviews/RAMAI/2026-03");
			assertThat(Pages.main(Pages.text(mvc.get().uri("/reviews").with(users.as("chihuy.ramai")).exchange(), 200)))
				.contains("value=\"" + new DateText().month(YearMonth.now()) + "\"");
		}

	}

}
