package vn.phoihop.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** The border segment end to end: markers, inspections, the overdue flag and the schematic, who reads and writes. */
@IntegrationTest
class BorderTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	static String html(MvcTestResult result) {
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String number() {
		return "T" + UUID.randomUUID().toString().substring(0, 6);
	}

	long commune(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	long marker(String number, String communeCode) {
		var result = mvc.post().uri("/border/markers").with(users.as("chihuy.ramai")).with(csrf())
			.param("number", number).param("kind", "MAIN").param("position", "9000")
			.param("latitude", "17.751200").param("longitude", "105.789000")
			.param("communeId", String.valueOf(commune(communeCode)))
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		long id = jdbc.queryForObject("select id from border_marker where number = ?", Long.class, number);
		assertThat(result).hasRedirectedUrl("/border/markers/" + id);
		return id;
	}

	void inspect(String user, long marker, LocalDate on, String condition) {
		assertThat(mvc.post().uri("/border/markers/" + marker + "/inspections").with(users.as(user)).with(csrf())
			.param("inspectedOn", DateText.DAY.format(on)).param("condition", condition)
			.param("inspectedBy", "Tổ tuần tra số 2")).hasStatus3xxRedirection();
	}

	@Test
	void theCommanderAddsMarkersAndTheSegmentFlagsThoseNotInspectedInThePeriod() {
		String fresh = number();
		String old = number();
		String never = number();
		long a = marker(fresh, "DANHOA2025");
		long b = marker(old, "DANHOA2025");
		marker(never, "TUYENLAM");
		inspect("canbo.ramai", a, LocalDate.now().minusDays(5), "INTACT");
		inspect("chihuy.ramai", b, LocalDate.now().minusDays(200), "INTACT");
		inspect("chihuy.ramai", b, LocalDate.now().minusDays(120), "NEEDS_CLEARING");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'BorderMarker' "
				+ "and entity_id = ? and action = 'INSPECT'", Integer.class, b)).isEqualTo(2);
		String page = html(mvc.get().uri("/border").with(users.as("canbo.ramai")).exchange());
		assertThat(page).contains("id=\"border-schematic\"", fresh, old, never, "tone-intact", "tone-clearing",
				"tone-never", "Cần phát quang", "Quá hạn kiểm tra");
		// the marker page says how long it has waited
		String oldPage = html(mvc.get().uri("/border/markers/" + b).with(users.as("chihuy.ramai")).exchange());
		assertThat(oldPage).contains("120 ngày chưa được kiểm tra", "Cần phát quang", "17.751200");
		String freshPage = html(mvc.get().uri("/border/markers/" + a).with(users.as("chihuy.ramai")).exchange());
		assertThat(freshPage).doesNotContain("id=\"overdue-notice\"");
	}

	@Test
	void theCommanderSetsThePeriodAfterWhichAMarkerIsFlagged() {
		long m = marker(number(), "DANHOA2025");
		inspect("chihuy.ramai", m, LocalDate.now().minusDays(40), "INTACT");
		Integer version = jdbc.queryForObject("select coalesce(max(version), -1) from border_setting where post_id = "
				+ "(select id from border_post where code = 'RAMAI')", Integer.class);
		var save = mvc.post().uri("/border/settings").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", version < 0 ? "" : String.valueOf(version)).param("segmentName", "Đoạn thử nghiệm")
			.param("inspectionDays", "30");
		assertThat(save).hasStatus3xxRedirection();
		assertThat(html(mvc.get().uri("/border/markers/" + m).with(users.as("chihuy.ramai")).exchange()))
			.contains("40 ngày chưa được kiểm tra (quy định của đồn: 30 ngày)");
		var bad = mvc.post().uri("/border/settings").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", "0").param("inspectionDays", "3").exchange();
		assertThat(bad).hasStatusOk();
		assertThat(html(bad)).contains("Giá trị phải lớn hơn hoặc bằng 7");
		assertThat(mvc.post().uri("/border/settings").with(users.as("canbo.ramai")).with(csrf())
			.param("inspectionDays", "60")).hasStatus(403);
		// back to the default, so other tests read the usual period
		Integer now = jdbc.queryForObject("select version from border_setting where post_id = "
				+ "(select id from border_post where code = 'RAMAI')", Integer.class);
		assertThat(mvc.post().uri("/border/settings").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", String.valueOf(now)).param("inspectionDays", "90")).hasStatus3xxRedirection();
	}

	@Test
	void aCommuneOfficialReadsAndInspectsTheMarkersOfTheirCommuneOnly() {
		long danHoa = marker(number(), "DANHOA2025");
		long tuyenLam = marker(number(), "TUYENLAM");
		inspect("xa.danhoa", danHoa, LocalDate.now().minusDays(1), "DAMAGED");
		assertThat(html(mvc.get().uri("/border").with(users.as("xa.danhoa")).exchange())).contains("tone-bad");
		assertThat(mvc.get().uri("/border/markers/" + tuyenLam).with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.post().uri("/border/markers/" + tuyenLam + "/inspections").with(users.as("xa.danhoa"))
			.with(csrf()).param("inspectedOn", "01/01/2026").param("condition", "INTACT").param("inspectedBy", "x"))
			.hasStatus(404);
		assertThat(mvc.get().uri("/border/markers/" + danHoa + "/edit").with(users.as("xa.danhoa"))).hasStatus(403);
		assertThat(mvc.get().uri("/border").with(users.as("tinh.quangtri"))).hasStatus(403);
	}

	@Test
	void badInputIsShownNextToItsFieldWithWhatWasTyped() {
		String taken = number();
		long m = marker(taken, "DANHOA2025");
		var dup = mvc.post().uri("/border/markers").with(users.as("chihuy.ramai")).with(csrf())
			.param("number", taken).param("kind", "AUXILIARY").param("position", "1").param("latitude", "17,5x")
			.param("communeId", String.valueOf(commune("DANHOA2025"))).exchange();
		assertThat(dup).hasStatusOk();
		assertThat(html(dup)).contains("Vĩ độ không hợp lệ", "17,5x");
		var dup2 = mvc.post().uri("/border/markers").with(users.as("chihuy.ramai")).with(csrf())
			.param("number", taken).param("kind", "AUXILIARY").param("position", "1")
			.param("communeId", String.valueOf(commune("DANHOA2025"))).exchange();
		assertThat(html(dup2)).contains("Đồn đã có cột mốc mang số hiệu này.");
		var date = mvc.post().uri("/border/markers/" + m + "/inspections").with(users.as("canbo.ramai")).with(csrf())
			.param("inspectedOn", "31/02/2026").param("condition", "INTACT").param("inspectedBy", "Tổ 3").exchange();
		assertThat(date).hasStatusOk();
		assertThat(html(date)).contains("Ngày không hợp lệ", "31/02/2026");
		assertThat(mvc.get().uri("/border/markers/new").with(users.as("canbo.ramai"))).hasStatus(403);
	}

}
