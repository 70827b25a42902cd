package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** RFC 5545's text rules, without Spring: escaping, folding at 75 octets, dates and stamps. */
class ICalendarTest {

	@Test
	void textValuesAreEscaped() {
		assertThat(ICalendar.escape("Tuần tra, kiểm tra; mốc 12\\A\r\nDòng hai")).isEqualTo(
				"Tuần tra\\, kiểm tra\\; mốc 12\\\\A\\nDòng hai");
		assertThat(ICalendar.escape("tab\there")).isEqualTo("tabhere");
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutCuttingACharacter() {
		String summary = "Tuyên truyền phòng, chống mua bán người tại các thôn, bản khu vực biên giới xã Dân Hóa "
				+ "và xã Tuyên Lâm, tỉnh Quảng Trị";
		String text = new ICalendar().text("SUMMARY", summary).toString();
		assertThat(text).endsWith("\r\n");
		String[] lines = text.split("\r\n");
		assertThat(lines.length).isGreaterThan(2);
		for (int i = 0; i < lines.length; i++) {
			assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).as(lines[i]).isLessThanOrEqualTo(75);
			if (i > 0) {
				assertThat(lines[i]).startsWith(" ");
			}
		}
		// unfolding gives the value back, every character whole
		String unfolded = text.replace("\r\n ", "").strip();
		assertThat(unfolded).isEqualTo("SUMMARY:" + ICalendar.escape(summary));
	}

	@Test
	void datesAreAllDayAndStampsInUtc() {
		String text = new ICalendar().date("DTSTART", LocalDate.of(2026, 12, 15))
			.stamp("DTSTAMP", Instant.parse("2026-12-06T01:55:44Z"))
			.toString();
		assertThat(text).isEqualTo("DTSTART;VALUE=DATE:20261215\r\nDTSTAMP:20261206T015544Z\r\n");
	}

}
