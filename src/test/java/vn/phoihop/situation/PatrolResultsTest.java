package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.activity.ActivityFixtures;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** A patrol with substance: its kind and distance on the form; its route's markers and its findings after it. */
@IntegrationTest
class PatrolResultsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityFixtures fixtures;

	long marker(String communeCode) {
		return jdbc.queryForObject("""
				insert into border_marker (post_id, number, kind, position, commune_id, created_by, updated_by)
				select p.id, ?, 'MAIN', 9700, c.id, 'test', 'test' from border_post p, commune c
				where p.code = 'RAMAI' and c.code = ? returning id""", Long.class,
				"P" + UUID.randomUUID().toString().substring(0, 6), communeCode);
	}

	/**
	 * A patrol kept as a draft, so that no figure counts it (the dashboard's and the reports' figures of this year
	 * are those of submitted activities; DashboardFiguresTest compares them with the log).
	 */
	long draftPatrol(String title, int daysAgo) {
		return jdbc.queryForObject("""
				insert into activity (type, activity_date, commune_id, title, part_border_guard, logged_by, status,
				  created_by, updated_by)
				select 'PATROL', current_date - ?, c.id, ?, 3, 'canbo.ramai', 'DRAFT', 'canbo.ramai', 'canbo.ramai'
				from commune c where c.code = 'DANHOA2025' returning id""", Long.class, daysAgo, title);
	}

	long category(String code) {
		return jdbc.queryForObject("select id from situation_category where code = ?", Long.class, code);
	}

	@Test
	void thePatrolFormTakesItsKindDistanceAndDurationAndKeepsABadNumberAsTyped() {
		// kept as a draft: no figure of this year counts it (DashboardFiguresTest compares them with the log)
		String title = ActivityFixtures.unique("Tuần tra đột xuất");
		var saved = mvc.post().uri("/activities").multipart().with(users.as("canbo.ramai")).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("type", "PATROL")
			.param("activityDate", LocalDate.now().minusDays(1).toString())
			.param("communeId", String.valueOf(fixtures.communeId("DANHOA2025")))
			.param("villageIds", String.valueOf(fixtures.villageOf("TRONGHOA")))
			.param("agreementId", String.valueOf(fixtures.agreement2026("DANHOA2025")))
			.param("contentArea", "BORDER_SOVEREIGNTY").param("title", title).param("borderGuard", "3")
			.param("militia", "2").param("patrolKind", "UNSCHEDULED").param("distanceKm", "12.5")
			.param("durationHours", "6").param("action", "draft")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		var row = jdbc.queryForMap("select id, patrol_kind, distance_km, duration_hours, part_border_guard "
				+ "from activity where title = ?", title);
		assertThat(row.get("patrol_kind")).isEqualTo("UNSCHEDULED");
		assertThat(row.get("distance_km").toString()).isEqualTo("12.5");
		assertThat(row.get("part_border_guard")).isEqualTo(3);
		assertThat(SituationTest.html(mvc.get().uri("/activities/" + row.get("id")).with(users.as("xa.danhoa"))
			.exchange())).contains("Tuần tra đột xuất", "12.5", "/situation/patrols/" + row.get("id"));
		var bad = mvc.post().uri("/activities").multipart().with(users.as("canbo.ramai")).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("type", "PATROL")
			.param("activityDate", LocalDate.now().minusDays(1).toString())
			.param("communeId", String.valueOf(fixtures.communeId("DANHOA2025")))
			.param("title", ActivityFixtures.unique("Sai số")).param("borderGuard", "3")
			.param("distanceKm", "mười hai").param("durationHours", "300").param("action", "draft")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(SituationTest.html(bad)).contains("Quãng đường không hợp lệ", "mười hai",
				"Hãy nhập số từ 0 đến 240");
	}

	@Test
	void aPatrolRecordsTheConditionOfItsMarkersAndItsFindings() {
		long patrol = draftPatrol(ActivityFixtures.unique("Tuần tra mốc"), 2);
		long m1 = marker("DANHOA2025");
		long m2 = marker("DANHOA2025");
		String summary = SituationTest.unique("Mốc bị cây đổ đè");
		var saved = mvc.post().uri("/situation/patrols/" + patrol).with(users.as("canbo.ramai")).with(csrf())
			.param("conditions[" + m1 + "]", "DAMAGED").param("conditions[" + m2 + "]", "")
			.param("inspectedBy", "Tổ tuần tra số 1")
			.param("findings[0].categoryId", String.valueOf(category("MARKER_VIOLATION")))
			.param("findings[0].severity", "NOTABLE").param("findings[0].summary", summary)
			.param("findings[1].severity", "ROUTINE")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("select marker_id from marker_inspection where activity_id = ?", Long.class,
				patrol)).containsExactly(m1);
		var item = jdbc.queryForMap("select activity_id, source, occurred_on, commune_id from situation_item "
				+ "where summary = ?", summary);
		assertThat(item.get("activity_id")).isEqualTo(patrol);
		assertThat(item.get("source")).isEqualTo("POST_PATROL");
		String page = SituationTest.html(mvc.get().uri("/situation/patrols/" + patrol)
			.with(users.as("xa.danhoa")).exchange());
		assertThat(page).contains(summary, "Hư hỏng");
		// the route corrected: the patrol's inspections are replaced, never doubled; no finding, nothing new
		assertThat(mvc.post().uri("/situation/patrols/" + patrol).with(users.as("xa.danhoa")).with(csrf())
			.param("conditions[" + m1 + "]", "INTACT").param("conditions[" + m2 + "]", "NEEDS_CLEARING")
			.param("inspectedBy", "Tổ tuần tra số 1")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("select condition from marker_inspection where activity_id = ? order by marker_id",
				String.class, patrol)).containsExactly("INTACT", "NEEDS_CLEARING");
		assertThat(jdbc.queryForObject("select count(*) from situation_item where activity_id = ?", Integer.class,
				patrol)).isEqualTo(1);
		// the marker's page shows the patrol's inspection
		assertThat(SituationTest.html(mvc.get().uri("/border/markers/" + m2).with(users.as("chihuy.ramai")).exchange()))
			.contains("Cần phát quang", "Tổ tuần tra số 1");
	}

	@Test
	void aFindingWithoutSummaryIsRefusedWithNothingSavedAndOthersCannotRecord() {
		long patrol = draftPatrol(ActivityFixtures.unique("Tuần tra thiếu"), 3);
		long m = marker("DANHOA2025");
		var refused = mvc.post().uri("/situation/patrols/" + patrol).with(users.as("canbo.ramai"))
			.with(csrf()).param("conditions[" + m + "]", "INTACT").param("inspectedBy", "Tổ 2")
			.param("findings[0].categoryId", String.valueOf(category("SMUGGLING")))
			.param("findings[0].severity", "SERIOUS").param("findings[0].whatHappened", "Giữ lại nội dung này")
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(SituationTest.html(refused)).contains("Vui lòng nhập thông tin này.", "Giữ lại nội dung này");
		assertThat(jdbc.queryForObject("select count(*) from marker_inspection where activity_id = ?", Integer.class,
				patrol)).isZero();
		assertThat(mvc.get().uri("/situation/patrols/" + patrol).with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(mvc.get().uri("/situation/patrols/" + patrol).with(users.as("tinh.quangtri"))).hasStatus(403);
		assertThat(mvc.post().uri("/situation/patrols/" + patrol).with(users.as("admin")).with(csrf()))
			.hasStatus(403);
		// an activity that is not a patrol has no route
		long outreach = jdbc.queryForObject("select min(id) from activity where type = 'OUTREACH'", Long.class);
		assertThat(mvc.get().uri("/situation/patrols/" + outreach).with(users.as("admin"))).hasStatus(404);
	}

}
