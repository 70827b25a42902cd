package vn.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * Who reads and records programmes (docs/design.md §14): a commune official records for their commune only, which
 * URL editing cannot get round; the post's cadre reads; the provincial command reads totals, never a name.
 */
@IntegrationTest
class ProgrammeScopeTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgrammeFixtures fixtures;

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
	}

	@Test
	void aCommuneOfficialAddsAChildOfTheirCommuneAndRecordsSupportAudited() {
		long school = fixtures.programme(ProgrammeFixtures.SCHOOL);
		Map<String, Object> child = fixtures.childNotIn(school, "TRONGHOA", 0);
		String name = (String) child.get("full_name");
		String who = "m:" + child.get("household_id") + ":" + child.get("id");
		long valueBefore = jdbc.queryForObject("""
				select coalesce(sum(s.value_dong), 0) from programme_support s join programme_beneficiary b
				on b.id = s.beneficiary_id where b.programme_id = ?""", Long.class, school);

		// found by name on the picker, among the households of the official's commune
		assertThat(Pages.text(mvc.get().uri("/programmes/" + school + "/beneficiaries/new").param("q", name)
			.with(users.as("xa.danhoa")).exchange(), 200)).contains("value=\"" + who + "\"");
		assertThat(mvc.post().uri("/programmes/" + school + "/beneficiaries").param("who", who)
			.param("joinedOn", today()).with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
		long b = fixtures.latestBeneficiary(school);
		try {
			assertThat(jdbc.queryForObject("select member_id from programme_beneficiary where id = ?", Long.class, b))
				.isEqualTo(child.get("id"));
			// the same child cannot be added twice
			assertThat(Pages.text(mvc.post().uri("/programmes/" + school + "/beneficiaries").param("who", who)
				.param("joinedOn", today()).param("q", name).with(users.as("xa.danhoa")).with(csrf()).exchange(), 200))
				.contains("đang là người thụ hưởng của chương trình");

			assertThat(mvc.post().uri("/programmes/" + school + "/beneficiaries/" + b + "/supports")
				.param("givenOn", today()).param("kind", "SCHOOL_SUPPLIES").param("quantity", "1").param("unit", "bộ")
				.param("valueDong", "450000").param("givenBy", "Đồn Biên phòng Ra Mai")
				.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
			assertThat(Pages.text(mvc.get().uri("/programmes/" + school + "/beneficiaries/" + b)
				.with(users.as("xa.danhoa")).exchange(), 200))
				.contains(name).contains("Đồ dùng, sách vở học tập").contains("id=\"support-total\">450.000<");
			assertThat(jdbc.queryForObject("""
					select coalesce(sum(s.value_dong), 0) from programme_support s join programme_beneficiary b
					on b.id = s.beneficiary_id where b.programme_id = ?""", Long.class, school))
				.isEqualTo(valueBefore + 450_000);
			assertThat(jdbc.queryForList("""
					select e.entity_type from audit_event e join commune c on c.id = e.commune_id
					where e.username = 'xa.danhoa' and c.code = 'TRONGHOA' and e.action = 'CREATE'
					  and ((e.entity_type = 'Beneficiary' and e.entity_id = ?) or (e.entity_type = 'ProgrammeSupport'
					  and e.entity_id in (select id from programme_support where beneficiary_id = ?)))""", String.class, b,
					b)).containsExactlyInAnyOrder("Beneficiary", "ProgrammeSupport");

			// a support dated tomorrow: the message next to the field, what was typed kept, nothing saved
			String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
			assertThat(Pages.text(mvc.post().uri("/programmes/" + school + "/beneficiaries/" + b + "/supports")
				.param("givenOn", tomorrow).param("kind", "MONEY").param("valueDong", "123456")
				.with(users.as("xa.danhoa")).with(csrf()).exchange(), 200))
				.contains("id=\"givenOn-error\"").contains("Ngày không được sau hôm nay.").contains("value=\"123456\"");
			assertThat(jdbc.queryForObject("select count(*) from programme_support where beneficiary_id = ?",
					Long.class, b)).isEqualTo(1);
		}
		finally {
			fixtures.removeBeneficiary(b);
		}
	}

	@Test
	void anotherCommunesOfficialCannotReadOrChangeByEditingTheUrl() {
		long school = fixtures.programme(ProgrammeFixtures.SCHOOL);
		Map<String, Object> own = fixtures.beneficiaryIn(school, "TRONGHOA");
		long b = (Long) own.get("id");
		long support = jdbc.queryForObject("select min(id) from programme_support where beneficiary_id = ?", Long.class,
				b);
		long supports = jdbc.queryForObject("select count(*) from programme_support", Long.class);
		String base = "/programmes/" + school + "/beneficiaries/" + b;
		assertThat(mvc.get().uri(base).with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(mvc.post().uri(base + "/supports").param("givenOn", today()).param("kind", "MONEY")
			.param("valueDong", "1000").with(users.as("xa.tuyenlam")).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri(base + "/supports/" + support + "/delete").with(users.as("xa.tuyenlam"))
			.with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri(base + "/leave").param("leftOn", today()).param("reason", "URL")
			.with(users.as("xa.tuyenlam")).with(csrf())).hasStatus(404);
		// a Trọng Hóa child added by a Tuyên Lâm official: the household is not found in their scope
		Map<String, Object> child = fixtures.childNotIn(school, "TRONGHOA", 1);
		assertThat(mvc.post().uri("/programmes/" + school + "/beneficiaries")
			.param("who", "m:" + child.get("household_id") + ":" + child.get("id")).param("joinedOn", today())
			.with(users.as("xa.tuyenlam")).with(csrf())).hasStatus(404);
		assertThat(jdbc.queryForObject("select count(*) from programme_support", Long.class)).isEqualTo(supports);
		assertThat(jdbc.queryForObject("select count(*) from programme_beneficiary where member_id = ?", Long.class,
				child.get("id"))).isZero();

		// the post's programme is theirs to read too, cut to their commune: Thanh Hóa's pupils, not Trọng Hóa's
		String page = Pages.text(mvc.get().uri("/programmes/" + school).with(users.as("xa.tuyenlam")).exchange(), 200);
		Map<String, Object> theirs = fixtures.beneficiaryIn(school, "THANHHOA");
		assertThat(page).contains((String) theirs.get("name")).doesNotContain((String) own.get("name"));
		long persons = jdbc.queryForObject("""
				select count(*) from programme_beneficiary b join commune c on c.id = b.commune_id
				where b.programme_id = ? and c.code = 'THANHHOA' and b.left_on is null and b.member_id is not null""",
				Long.class, school);
		assertThat(page).contains("id=\"total-persons\">" + persons + "<");
	}

	@Test
	void thePostsCadreReadsAndTheProvincialCommandSeesTotalsOnly() {
		long school = fixtures.programme(ProgrammeFixtures.SCHOOL);
		Map<String, Object> own = fixtures.beneficiaryIn(school, "TRONGHOA");
		String base = "/programmes/" + school + "/beneficiaries/" + own.get("id");
		assertThat(mvc.get().uri(base).with(users.as("canbo.ramai"))).hasStatusOk();
		assertThat(mvc.post().uri(base + "/supports").param("givenOn", today()).param("kind", "MONEY")
			.param("valueDong", "1000").with(users.as("canbo.ramai")).with(csrf())).hasStatus(403);
		assertThat(mvc.get().uri("/programmes/" + school + "/beneficiaries/new").with(users.as("canbo.ramai")))
			.hasStatus(403);

		String list = Pages.text(mvc.get().uri("/programmes").with(users.as("tinh.quangtri")).exchange(), 200);
		long value = jdbc.queryForObject("""
				select coalesce(sum(s.value_dong), 0) from programme_support s join programme_beneficiary b
				on b.id = s.beneficiary_id join programme p on p.id = b.programme_id join border_post bp on bp.id = p.post_id
				where bp.code = 'RAMAI'""", Long.class);
		assertThat(value).isPositive();
		assertThat(list).contains(ProgrammeFixtures.SCHOOL).contains(ProgrammeFixtures.TET)
			.contains("id=\"programme-totals-only\"")
			.contains("id=\"total-value\">" + String.format(Locale.ROOT, "%,d", value).replace(',', '.') + "<")
			.doesNotContain((String) own.get("name"))
			.doesNotContain("href=\"/programmes/" + school + "\"");
		assertThat(mvc.get().uri("/programmes/" + school).with(users.as("tinh.quangtri"))).hasStatus(403);
		assertThat(mvc.get().uri(base).with(users.as("tinh.quangtri"))).hasStatus(403);
	}

	@Test
	void aProgrammeIsChangedByItsOwnUnitOnly() {
		String postName = "Chương trình thử của đồn " + System.nanoTime();
		assertThat(mvc.post().uri("/programmes").param("kindId", kind("ECONOMIC_SUPPORT")).param("name", postName)
			.param("startsOn", "2026-01-01").with(users.as("chihuy.ramai")).with(csrf())).hasStatus3xxRedirection();
		long post = jdbc.queryForObject("select id from programme where name = ?", Long.class, postName);
		String communeName = "Chương trình thử của xã " + System.nanoTime();
		assertThat(mvc.post().uri("/programmes").param("kindId", kind("OTHER")).param("name", communeName)
			.param("startsOn", "2026-01-01").with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
		long commune = jdbc.queryForObject("select id from programme where name = ?", Long.class, communeName);
		try {
			assertThat(jdbc.queryForObject("select bp.code from programme p join border_post bp on bp.id = p.post_id "
					+ "where p.id = ?", String.class, post)).isEqualTo("RAMAI");
			assertThat(jdbc.queryForObject("select c.code from programme p join commune c on c.id = p.commune_id "
					+ "where p.id = ?", String.class, commune)).isEqualTo("DANHOA2025");
			assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Programme' "
					+ "and entity_id in (?, ?) and action = 'CREATE'", Long.class, post, commune)).isEqualTo(2);

			// the post's programme: its commander edits it, an official does not
			assertThat(mvc.get().uri("/programmes/" + post + "/edit").with(users.as("xa.danhoa"))).hasStatus(403);
			assertThat(mvc.post().uri("/programmes/" + post).param("version", "0").param("kindId", kind("OTHER"))
				.param("name", "Đổi tên").param("startsOn", "2026-01-01").with(users.as("xa.danhoa")).with(csrf()))
				.hasStatus(403);
			// the commune's: seen by the commander, not changed by them; another commune's official does not find it
			assertThat(mvc.get().uri("/programmes/" + commune).with(users.as("chihuy.ramai"))).hasStatusOk();
			assertThat(mvc.get().uri("/programmes/" + commune + "/edit").with(users.as("chihuy.ramai"))).hasStatus(403);
			assertThat(mvc.get().uri("/programmes/" + commune).with(users.as("xa.tuyenlam"))).hasStatus(404);
			assertThat(mvc.get().uri("/programmes/" + commune + "/beneficiaries/new").with(users.as("chihuy.ramai")))
				.hasStatus(403);

			// a bad period: the message next to the last day, what was typed kept, nothing changed
			assertThat(Pages.text(mvc.post().uri("/programmes/" + post).param("version", "0")
				.param("kindId", kind("ECONOMIC_SUPPORT")).param("name", postName + " sửa").param("startsOn", "2026-03-01")
				.param("endsOn", "2026-02-01").with(users.as("chihuy.ramai")).with(csrf()).exchange(), 200))
				.contains("id=\"endsOn-error\"").contains("Ngày kết thúc không được trước ngày bắt đầu.")
				.contains("value=\"" + postName + " sửa\"");
			assertThat(jdbc.queryForObject("select name from programme where id = ?", String.class, post))
				.isEqualTo(postName);
			assertThat(mvc.post().uri("/programmes/" + post).param("version", "0")
				.param("kindId", kind("ECONOMIC_SUPPORT")).param("name", postName + " sửa").param("startsOn", "2026-01-01")
				.param("endsOn", "2026-12-31").with(users.as("chihuy.ramai")).with(csrf())).hasStatus3xxRedirection();
			assertThat(jdbc.queryForObject("select ends_on from programme where id = ?", LocalDate.class, post))
				.isEqualTo(LocalDate.of(2026, 12, 31));
		}
		finally {
			fixtures.removeProgramme(post);
			fixtures.removeProgramme(commune);
		}
	}

	private String kind(String code) {
		return String.valueOf(jdbc.queryForObject("select id from programme_kind where code = ?", Long.class, code));
	}

}
