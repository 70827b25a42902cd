package vn.phoihop.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.household.HouseholdAnonymisation;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Household members are personal data like the household (issue 24 §4): the "see my data" PDF lists them and the
 * programmes that reach the household, and anonymising the household anonymises its members, in the records and in
 * the audit trail's snapshots, while its member count and the programmes' figures stay.
 */
@IntegrationTest
class MemberPrivacyTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	HouseholdAnonymisation anonymisation;

	@Autowired
	TransactionTemplate tx;

	/** A former Trọng Hóa household with listed members that the Tết programme reaches. */
	private long household(int offset) {
		return jdbc.queryForObject("""
				select b.household_id from programme_beneficiary b join programme p on p.id = b.programme_id
				join household h on h.id = b.household_id join commune c on c.id = h.commune_id
				where p.name = 'Xuân Biên phòng ấm lòng dân bản' and c.code = 'TRONGHOA' and h.anonymised_at is null
				  and exists (select 1 from household_member m where m.household_id = h.id)
				order by b.household_id desc offset ? limit 1""", Long.class, offset);
	}

	private List<String> memberNames(long id) {
		return jdbc.queryForList("select full_name from household_member where household_id = ? order by position",
				String.class, id);
	}

	@Test
	void theSeeMyDataPdfListsTheMembersAndTheProgrammes() throws Exception {
		long id = household(0);
		List<String> members = memberNames(id);
		MvcTestResult saved = mvc.post().uri("/privacy/requests").with(users.as("xa.danhoa")).with(csrf())
			.param("householdId", String.valueOf(id)).param("kind", "ACCESS").param("requesterName", "Người hỏi")
			.param("receivedOn", DateText.DAY.format(LocalDate.now())).exchange();
		assertThat(saved).hasStatus3xxRedirection();
		String location = saved.getResponse().getRedirectedUrl();
		MvcTestResult pdf = mvc.get().uri(location + "/data.pdf").with(users.as("xa.danhoa")).exchange();
		assertThat(pdf).hasStatusOk();
		try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Thành viên hộ").contains("Chương trình hỗ trợ hộ hoặc thành viên tham gia")
				.contains("Xuân Biên phòng ấm lòng dân bản");
			for (String name : members) {
				assertThat(text).contains(name);
			}
		}
	}

	@Test
	void anonymisingAHouseholdAnonymisesItsMembersAndKeepsTheFigures() {
		long id = household(1);
		List<String> members = memberNames(id);
		// an edit first, so that the audit trail holds the members' names
		Map<String, Object> h = jdbc.queryForMap("select * from household where id = ?", id);
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select id, full_name, birth_year, sex, relation, school_level from household_member
				where household_id = ? order by position""", id);
		MockHttpServletRequestBuilder form = MockMvcRequestBuilders.post("/households/" + id)
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.param("version", String.valueOf(h.get("version")))
			.param("villageId", String.valueOf(h.get("village_id")))
			.param("headName", (String) h.get("head_name"))
			.param("ethnicity", (String) h.get("ethnicity"))
			.param("povertyStatus", (String) h.get("poverty_status"))
			.param("notes", "Đã cập nhật danh sách thành viên");
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> m = rows.get(i);
			String p = "memberRows[" + i + "].";
			form.param(p + "id", String.valueOf(m.get("id"))).param(p + "fullName", (String) m.get("full_name"))
				.param(p + "birthYear", String.valueOf(m.get("birth_year"))).param(p + "sex", String.valueOf(m.get("sex")))
				.param(p + "relation", (String) m.get("relation"));
		}
		assertThat(mvc.perform(form)).hasStatus3xxRedirection();
		int count = jdbc.queryForObject("select members from household where id = ?", Integer.class, id);
		long beneficiaries = jdbc.queryForObject("select count(*) from programme_beneficiary where household_id = ?",
				Long.class, id);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Household' "
				+ "and entity_id = ? and after_data::text like ?", Long.class, id, "%" + members.get(1) + "%")).isPositive();

		Boolean done = tx.execute(s -> anonymisation.anonymise(id, "test"));
		assertThat(done).isTrue();

		String placeholder = HouseholdAnonymisation.placeholder(id);
		assertThat(memberNames(id)).hasSize(members.size()).allMatch(n -> n.startsWith(placeholder + "."));
		assertThat(jdbc.queryForObject("select count(*) from household_member where household_id = ? and "
				+ "(birth_year is not null or sex is not null or school_level is not null)", Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("select members from household where id = ?", Integer.class, id))
			.isEqualTo(count);
		assertThat(jdbc.queryForObject("select count(*) from programme_beneficiary where household_id = ?", Long.class,
				id)).isEqualTo(beneficiaries);
		for (String name : members) {
			assertThat(jdbc.queryForObject("""
					select count(*) from audit_event where entity_type = 'Household' and entity_id = ?
					  and (coalesce(before_data::text, '') like ? or coalesce(after_data::text, '') like ?)""", Long.class,
					id, "%" + name + "%", "%" + name + "%")).as(name).isZero();
		}
	}

}
