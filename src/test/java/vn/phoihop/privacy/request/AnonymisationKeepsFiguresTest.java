package vn.phoihop.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.household.HouseholdAnonymisation;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Deleting a household's data anonymises it, and every figure stays exact (issue 22, item 4): the period reports of
 * Ra Mai (the article's 2017–2020 and the years after, as CSV), the population totals, the reviews' frozen figures and
 * the kept totals, before and after anonymising households of the article's communes (one through a request to
 * delete, the others as the retention purge does). In one transaction rolled back at the end (the pages' requests run
 * in it), so the demo data stays named for the other tests.
 */
@IntegrationTest
@Transactional
class AnonymisationKeepsFiguresTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	HouseholdAnonymisation anonymisation;

	List<String> figures() throws Exception {
		return List.of(
				page("/reports/period?post=RAMAI&from=2017-01-01&to=2020-12-31&format=csv"),
				page("/reports/period?post=RAMAI&from=2021-01-01&to=2026-12-31&format=csv"),
				page("/households/summary"),
				String.join("\n", jdbc.queryForList("""
						select e.review_id || ',' || e.edition || ',' || f::text
						from review_figure f join review_edition e on e.id = f.edition_id order by 1""", String.class)),
				String.join("\n", jdbc.queryForList("select t::text from household_village_total t order by 1",
						String.class)),
				String.join("\n", jdbc.queryForList("select t::text from household_poverty_total t order by 1",
						String.class)));
	}

	String page(String uri) throws Exception {
		return mvc.get().uri(uri).with(users.as("chihuy.ramai")).exchange().getResponse().getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	@Test
	void everyFigureIsTheSameAfterAnonymisingHouseholdsOfTheArticle() throws Exception {
		List<String> before = figures();
		assertThat(before.get(0)).contains("274").contains("7512");
		List<Long> ids = jdbc.queryForList("""
				select h.id from household h join commune c on c.id = h.commune_id
				where c.code in ('TRONGHOA', 'THANHHOA') and h.anonymised_at is null
				order by h.archived desc, (select count(*) from household_poverty p where p.household_id = h.id) desc, h.id
				limit 60""", Long.class);
		assertThat(ids).hasSize(60);
		// one through a request to delete, by the commune's official
		long first = ids.get(0);
		long commune = jdbc.queryForObject("select commune_id from household where id = ?", Long.class, first);
		String official = jdbc.queryForObject("select code from commune where id = ?", String.class, commune)
			.equals("TRONGHOA") ? "xa.danhoa" : "xa.tuyenlam";
		String location = mvc.post().uri("/privacy/requests").with(users.as(official)).with(csrf())
			.param("householdId", String.valueOf(first)).param("kind", "DELETE").param("requesterName", "Hồ Thị Bích")
			.param("receivedOn", java.time.LocalDate.now().toString()).exchange().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/privacy/requests/");
		assertThat(mvc.post().uri(location + "/anonymise").with(users.as(official)).with(csrf()).param("version", "0")
			.param("confirm", "true")).hasStatus3xxRedirection();
		// the others as the retention purge does
		for (Long id : ids.subList(1, ids.size())) {
			assertThat(anonymisation.anonymise(id, "test")).isTrue();
		}

		assertThat(jdbc.queryForObject("select count(*) from household where id = any(?) and anonymised_at is not null"
				+ " and head_name like 'Đã ẩn danh #%' and phone is null and notes is null and local_group is null",
				Integer.class, (Object) ids.toArray(Long[]::new))).isEqualTo(60);
		// the audit trail's snapshots of those households hold no name any more
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event e join household h on h.id = e.entity_id
				where e.entity_type = 'Household' and h.id = any(?)
				  and (e.after_data ->> 'headName' not like 'Đã ẩn danh #%' or e.before_data ->> 'headName' not like 'Đã ẩn danh #%')""",
				Integer.class, (Object) ids.toArray(Long[]::new))).isZero();
		List<String> after = figures();
		for (int i = 0; i < before.size(); i++) {
			assertThat(after.get(i)).as("figures %d", i).isEqualTo(before.get(i));
		}
	}

}
