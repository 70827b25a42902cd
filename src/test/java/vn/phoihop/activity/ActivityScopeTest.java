package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** docs/design.md §4: an official of one commune can neither read, list, edit nor post another commune's activities. */
@IntegrationTest
class ActivityScopeTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityFixtures fixtures;

	private Activity tuyenLamPatrol() {
		return fixtures.patrol(users.load("xa.tuyenlam"), "TUYENLAM", "THANHHOA", LocalDate.now().withDayOfMonth(1),
				ActivityFixtures.unique("Tuần tra Tuyên Lâm"));
	}

	@Test
	void anotherCommunesActivityIsNotFoundForReadingOrEditing() {
		Activity other = tuyenLamPatrol();
		assertThat(mvc.get().uri("/activities/" + other.getId()).with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.get().uri("/activities/" + other.getId() + "/edit").with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.get().uri("/activities/" + other.getId()).with(users.as("xa.tuyenlam"))).hasStatusOk();
		// an old Thanh Hóa record (predecessor of Tuyên Lâm) is not Dân Hóa's either
		Long oldThanhHoa = jdbc.queryForObject("select min(a.id) from activity a join commune c on c.id = a.commune_id "
				+ "where c.code = 'THANHHOA'", Long.class);
		assertThat(mvc.get().uri("/activities/" + oldThanhHoa).with(users.as("xa.danhoa"))).hasStatus(404);
		// while the official does see the records of its own predecessors, Trọng Hóa and the old Dân Hóa
		Long oldTrongHoa = jdbc.queryForObject("select min(a.id) from activity a join commune c on c.id = a.commune_id "
				+ "where c.code = 'TRONGHOA'", Long.class);
		assertThat(mvc.get().uri("/activities/" + oldTrongHoa).with(users.as("xa.danhoa"))).hasStatusOk();
	}

	@Test
	void editingByChangingTheIdInTheFormIsRefusedAndNothingChanges() {
		Activity other = tuyenLamPatrol();
		assertThat(mvc.post().uri("/activities").with(users.as("xa.danhoa")).with(csrf())
			.param("id", String.valueOf(other.getId())).param("version", String.valueOf(other.getVersion()))
			.param("type", "PATROL").param("activityDate", other.getActivityDate().toString())
			.param("communeId", String.valueOf(fixtures.communeId("DANHOA2025")))
			.param("title", "Chiếm quyền").param("borderGuard", "2").param("action", "draft")).hasStatus(404);
		assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, other.getId()))
			.isEqualTo(other.getTitle());
		// nor can a file be attached to it
		assertThat(mvc.post().uri("/activities/" + other.getId() + "/attachments").multipart()
			.file("file", "%PDF-1.4 x".getBytes()).with(users.as("xa.danhoa")).with(csrf())).hasStatus(404);
	}

	@Test
	void postingANewActivityForAnotherCommuneIsRefused() {
		String title = ActivityFixtures.unique("Ghi hộ xã khác");
		assertThat(mvc.post().uri("/activities").with(users.as("xa.danhoa")).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("type", "MEETING")
			.param("activityDate", LocalDate.now().toString())
			.param("communeId", String.valueOf(fixtures.communeId("TUYENLAM"))).param("title", title)
			.param("action", "draft")).hasStatusOk().bodyText().contains("Bạn không được ghi hoạt động cho xã này");
		assertThat(jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title)).isZero();
	}

	@Test
	void theLogListsOnlyTheOfficialsCommuneAndItsPredecessors() {
		Activity other = tuyenLamPatrol();
		long expected = jdbc.queryForObject("select count(*) from activity a join commune c on c.id = a.commune_id "
				+ "where c.code in ('DANHOA2025', 'TRONGHOA', 'DANHOA')", Long.class);
		assertThat(mvc.get().uri("/activities").with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText()
			.contains(String.format(Locale.forLanguageTag("vi"), "· %,d bản ghi", expected))
			.doesNotContain(other.getTitle())
			.doesNotContain("Tuyên Lâm");
		// asking for the other commune explicitly gives nothing
		assertThat(mvc.get().uri("/activities?communeId=" + fixtures.communeId("TUYENLAM")).with(users.as("xa.danhoa")))
			.bodyText()
			.contains("Không có dữ liệu phù hợp")
			.contains("id=\"total-sessions\">0<");
		// and the CSV holds no row of it
		var csv = mvc.get().uri("/activities/export?q=" + other.getTitle().substring(other.getTitle().lastIndexOf(' ') + 1))
			.with(users.as("xa.danhoa")).exchange();
		assertThat(csv.getResponse().getContentAsByteArray().length).isGreaterThan(0);
		assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines()
			.count()).isEqualTo(1);
	}

}
