package vn.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * A beneficiary leaves with a reason and then takes no more support; a person who is a beneficiary stays on their
 * household's list (the household form cannot remove them).
 */
@IntegrationTest
class BeneficiaryLeavingTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgrammeFixtures fixtures;

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	private long add(long programme, Map<String, Object> child, LocalDate joined) {
		assertThat(mvc.post().uri("/programmes/" + programme + "/beneficiaries")
			.param("who", "m:" + child.get("household_id") + ":" + child.get("id")).param("joinedOn", joined.toString())
			.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
		return fixtures.latestBeneficiary(programme);
	}

	@Test
	void aBeneficiaryLeavesOnceWithAReasonAndTakesNoSupportAfter() {
		long school = fixtures.programme(ProgrammeFixtures.SCHOOL);
		long b = add(school, fixtures.childNotIn(school, "TRONGHOA", 2), today().minusDays(30));
		String base = "/programmes/" + school + "/beneficiaries/" + b;
		try {
			// no reason: asked for next to the field, the day typed kept, nothing changed
			assertThat(Pages.text(mvc.post().uri(base + "/leave").param("version", "0")
				.param("leftOn", today().minusDays(2).toString()).with(users.as("xa.danhoa")).with(csrf()).exchange(), 200))
				.contains("id=\"reason-error\"");
			assertThat(jdbc.queryForObject("select left_on is null from programme_beneficiary where id = ?",
					Boolean.class, b)).isTrue();
			// before joining: refused
			assertThat(Pages.text(mvc.post().uri(base + "/leave").param("version", "0")
				.param("leftOn", today().minusDays(40).toString()).param("reason", "Chuyển trường")
				.with(users.as("xa.danhoa")).with(csrf()).exchange(), 200))
				.contains("Ngày rời không được trước ngày tham gia.");
			assertThat(mvc.post().uri(base + "/leave").param("version", "0")
				.param("leftOn", today().minusDays(2).toString()).param("reason", "Gia đình chuyển đi nơi khác")
				.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
			assertThat(jdbc.queryForObject("select leave_reason from programme_beneficiary where id = ?", String.class, b))
				.isEqualTo("Gia đình chuyển đi nơi khác");
			assertThat(jdbc.queryForObject("""
					select reason from audit_event where entity_type = 'Beneficiary' and entity_id = ? and action = 'LEAVE'""",
					String.class, b)).isEqualTo("Gia đình chuyển đi nơi khác");
			assertThat(Pages.text(mvc.get().uri(base).with(users.as("xa.danhoa")).exchange(), 200))
				.contains("id=\"beneficiary-left\"").doesNotContain("id=\"support-form\"");

			// support after leaving, and leaving again: refused, nothing saved
			assertThat(Pages.text(mvc.post().uri(base + "/supports").param("givenOn", today().toString())
				.param("kind", "MONEY").param("valueDong", "500000").with(users.as("xa.danhoa")).with(csrf()).exchange(),
					200)).contains("Ngày hỗ trợ phải trong thời gian người, hộ này tham gia chương trình.");
			assertThat(jdbc.queryForObject("select count(*) from programme_support where beneficiary_id = ?", Long.class,
					b)).isZero();
			int version = jdbc.queryForObject("select version from programme_beneficiary where id = ?", Integer.class, b);
			assertThat(Pages.text(mvc.post().uri(base + "/leave").param("version", String.valueOf(version))
				.param("leftOn", today().toString()).param("reason", "Lần nữa").with(users.as("xa.danhoa")).with(csrf())
				.exchange(), 200)).contains("Người, hộ này đã rời chương trình.");
		}
		finally {
			fixtures.removeBeneficiary(b);
		}
	}

	@Test
	void aPersonWhoIsABeneficiaryCannotBeRemovedFromTheirHousehold() {
		long school = fixtures.programme(ProgrammeFixtures.SCHOOL);
		Map<String, Object> child = fixtures.childNotIn(school, "TRONGHOA", 3);
		long household = (Long) child.get("household_id");
		long b = add(school, child, today());
		try {
			// the household form sent again without the child's row
			List<Map<String, Object>> members = jdbc.queryForList("""
					select id, full_name, birth_year, sex, relation, school_level from household_member
					where household_id = ? and id <> ? order by position""", household, child.get("id"));
			Map<String, Object> h = jdbc.queryForMap("select * from household where id = ?", household);
			MockHttpServletRequestBuilder form = MockMvcRequestBuilders.post("/households/" + household)
				.with(users.as("xa.danhoa"))
				.with(csrf())
				.param("version", String.valueOf(h.get("version")))
				.param("villageId", String.valueOf(h.get("village_id")))
				.param("headName", (String) h.get("head_name"))
				.param("ethnicity", (String) h.get("ethnicity"))
				.param("povertyStatus", (String) h.get("poverty_status"));
			for (int i = 0; i < members.size(); i++) {
				Map<String, Object> m = members.get(i);
				String p = "memberRows[" + i + "].";
				form.param(p + "id", String.valueOf(m.get("id"))).param(p + "fullName", (String) m.get("full_name"))
					.param(p + "birthYear", String.valueOf(m.get("birth_year")))
					.param(p + "sex", String.valueOf(m.get("sex"))).param(p + "relation", (String) m.get("relation"));
			}
			int count = jdbc.queryForObject("select members from household where id = ?", Integer.class, household);
			assertThat(Pages.text(mvc.perform(form), 200)).contains("Không xóa được thành viên đang là người thụ hưởng");
			assertThat(jdbc.queryForObject("select members from household where id = ?", Integer.class, household))
				.isEqualTo(count);
			assertThat(jdbc.queryForObject("select count(*) from household_member where id = ?", Long.class,
					child.get("id"))).isEqualTo(1);
		}
		finally {
			fixtures.removeBeneficiary(b);
		}
	}

}
