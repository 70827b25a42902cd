package vn.phoihop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * A record's history on its page (templates/audit/_history.html, fed by AuditService.history): on the agreement's
 * page, what changed, by whom and when, for those who read the audit trail, and nothing for the others.
 */
class AuditHistoryTest {

	@Test
	void anUpdateListsTheFieldsItChangedACreationNone() {
		Map<String, Object> before = Map.of("status", "DRAFT", "title", "Quy chế", "communeIds", List.of(1, 2));
		Map<String, Object> after = Map.of("status", "ACTIVE", "title", "Quy chế", "communeIds", List.of(1, 2, 3));
		assertThat(AuditHistory.changes(before, after, AuditService.UPDATE)).containsExactlyInAnyOrder(
				new AuditHistory.Change("status", "DRAFT", "ACTIVE"), new AuditHistory.Change("communeIds", "1, 2", "1, 2, 3"));
		assertThat(AuditHistory.changes(null, after, AuditService.CREATE)).isEmpty();
		// an upload: only what it added
		assertThat(AuditHistory.changes(null, Map.of("scan", "quy-che.pdf"), AuditService.UPDATE))
			.containsExactly(new AuditHistory.Change("scan", "", "quy-che.pdf"));
		assertThat(AuditHistory.text("x".repeat(500))).hasSize(200).endsWith("…");
	}

	@Nested
	@IntegrationTest
	class OnTheAgreementsPage {

		@Autowired
		MockMvcTester mvc;

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		TestUsers users;

		String page(long id, String username) {
			return Pages.text(mvc.get().uri("/agreements/" + id).with(users.as(username)).exchange(), 200);
		}

		@Test
		void theCommanderAndTheAdministratorSeeWhatChangedTheOthersNothing() {
			String number = "LS-" + (System.nanoTime() % 1_000_000);
			long id = jdbc.queryForObject("""
					insert into agreement (post_id, number, title, valid_from, valid_to)
					select id, ?, 'Quy chế có lịch sử', date '2002-01-01', date '2002-12-31' from border_post
					where code = 'RAMAI' returning id""", Long.class, number);
			jdbc.update("insert into agreement_commune (agreement_id, commune_id) select ?, id from commune "
					+ "where code = 'DANHOA2025'", id);
			assertThat(page(id, "chihuy.ramai")).contains("id=\"history\"").contains("Lịch sử thay đổi (0)")
				.contains("Chưa có thay đổi nào được ghi nhận");

			assertThat(mvc.post().uri("/agreements/" + id + "/status").with(users.as("chihuy.ramai")).with(csrf())
				.param("version", "0").param("action", "activate")).hasStatus3xxRedirection();
			String commander = page(id, "chihuy.ramai");
			String history = commander.substring(commander.indexOf("id=\"history\""));
			assertThat(history).contains("Lịch sử thay đổi (1)").contains("Cập nhật").contains("chihuy.ramai")
				.contains("Trạng thái").contains("DRAFT").contains("ACTIVE")
				.contains("href=\"/audit?entityType=Agreement&entityId=" + id + "\"");
			assertThat(page(id, "admin")).contains("Lịch sử thay đổi (1)").contains("chihuy.ramai");
			// the commune's official and the post's cadre read the agreement, not the audit trail
			assertThat(page(id, "xa.danhoa")).contains("Quy chế có lịch sử").doesNotContain("id=\"history\"")
				.doesNotContain("Lịch sử thay đổi");
			assertThat(page(id, "canbo.ramai")).contains("Quy chế có lịch sử").doesNotContain("id=\"history\"");
		}

	}

}
