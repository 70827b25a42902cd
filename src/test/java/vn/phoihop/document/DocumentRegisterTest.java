package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.review.ReviewFixtures;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.TerritoryCache;

/**
 * The register of issued documents: concluding a month issues its conclusion with the register's number and keeps
 * the bytes served afterwards; concluding again issues a new number and marks the old document replaced; the list
 * is searched, filtered and cut to the reader's posts; only the commander cancels, with a reason. Ra Mai's months of
 * 2012 are this test's own (no other test concludes in that year).
 */
@IntegrationTest
class DocumentRegisterTest {

	static final YearMonth MONTH = YearMonth.of(2012, 5);

	static final String BASE = "/reviews/RAMAI/" + MONTH;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TerritoryCache territoryCache;

	private MockMvcRequestBuilder post(String user, String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	private String page(String user, String path) {
		return Pages.text(mvc.get().uri(path).with(users.as(user)).exchange(), 200);
	}

	private byte[] bytes(String user, String path) {
		MvcTestResult result = mvc.get().uri(path).with(users.as(user)).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		return result.getResponse().getContentAsByteArray();
	}

	private void conclude(String on) {
		assertThat(post("chihuy.ramai", BASE + "/conclude", "version", String.valueOf(fixtures.reviewVersion(MONTH)),
				"conclusionNumber", "99-KL/ĐU", "concludedOn", on, "reason", "Hai xã báo cáo tại giao ban"))
			.hasStatus3xxRedirection();
	}

	private List<Map<String, Object>> documents() {
		return jdbc.queryForList("""
				select id, number, number_text, issued_on, subject, signer_name, signer_function, sha256, replaced_by_id,
				  pdf from issued_document where source = (select 'review:' || id from monthly_review
				  where post_id = ? and month = ?) order by id""", fixtures.postId(), java.sql.Date.valueOf(MONTH.atDay(1)));
	}

	static String sha256(byte[] b) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
	}

	@Test
	void aConclusionIsIssuedWithTheRegistersNumberAndReplacedWhenConcludedAgain() throws Exception {
		fixtures.outreach("DANHOA2025", MONTH.atDay(5), 12, "Tuyên truyền 2012-05");
		assertThat(post("chihuy.ramai", BASE + "/conclusions", "version", "0", "texts[OUTREACH_LEGAL]",
				"Tuyên truyền Luật Biên giới quốc gia")).hasStatus3xxRedirection();
		// the confirmation page shows the number the register will give; a number typed in the request is ignored
		assertThat(page("chihuy.ramai", BASE + "/conclude"))
			.contains("value=\"" + fixtures.nextNumber(java.time.LocalDate.now().getYear()) + "\"")
			.contains("Số do sổ đăng ký văn bản cấp");
		// for the year of the date typed: refused (no reason), the page shows the number of 2012
		assertThat(Pages.text(post("chihuy.ramai", BASE + "/conclude", "version",
				String.valueOf(fixtures.reviewVersion(MONTH)), "concludedOn", "2012-06-03").exchange(), 200))
			.contains("id=\"reason-error\"").contains("value=\"1-KL/ĐU\"");
		conclude("2012-06-03");
		assertThat(fixtures.conclusionNumber(MONTH)).isEqualTo("1-KL/ĐU");
		// the month page leads to its document in the register
		assertThat(page("chihuy.ramai", BASE)).contains("id=\"review-register\"")
			.contains("href=\"/documents?q=1-KL/%C4%90U&year=2012\"");
		List<Map<String, Object>> issued = documents();
		assertThat(issued).hasSize(1);
		Map<String, Object> first = issued.get(0);
		assertThat(first.get("number_text")).isEqualTo("1-KL/ĐU");
		assertThat(first.get("subject")).isEqualTo("của Đảng ủy Đồn về kết quả thực hiện Quy chế phối hợp tháng 05/2012");
		assertThat(first.get("signer_name")).isEqualTo("Phạm Minh Dũng");
		assertThat(first.get("signer_function")).isEqualTo("DEPUTY_SECRETARY");
		byte[] stored = (byte[]) first.get("pdf");
		assertThat(first.get("sha256")).isEqualTo(sha256(stored));
		// the month's PDF is the stored document, byte for byte, as is the register's download
		assertThat(bytes("chihuy.ramai", BASE + "/pdf")).isEqualTo(stored);
		long firstId = ((Number) first.get("id")).longValue();
		assertThat(bytes("xa.tuyenlam", "/documents/" + firstId + "/pdf")).isEqualTo(stored);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");

		// reopened and concluded again: a new document with the next number; the old one stays, replaced
		assertThat(post("chihuy.ramai", BASE + "/reopen", "version", String.valueOf(fixtures.reviewVersion(MONTH)),
				"reason", "Bổ sung một buổi tuyên truyền")).hasStatus3xxRedirection();
		fixtures.outreach("TUYENLAM", MONTH.atDay(9), 30, "Tuyên truyền bổ sung 2012-05");
		conclude("2012-06-10");
		issued = documents();
		assertThat(issued).hasSize(2);
		long secondId = ((Number) issued.get(1).get("id")).longValue();
		assertThat(issued.get(1).get("number_text")).isEqualTo("2-KL/ĐU");
		assertThat(((Number) issued.get(0).get("replaced_by_id")).longValue()).isEqualTo(secondId);
		assertThat(issued.get(1).get("replaced_by_id")).isNull();
		assertThat(bytes("chihuy.ramai", BASE + "/pdf")).isEqualTo((byte[]) issued.get(1).get("pdf"))
			.isNotEqualTo(stored);
		assertThat(bytes("chihuy.ramai", "/documents/" + firstId + "/pdf")).isEqualTo(stored);

		// the register: both rows, the old one replaced with a link to its replacement
		String list = page("canbo.ramai", "/documents?year=2012");
		assertThat(list).contains("1-KL/ĐU").contains("2-KL/ĐU").contains("Thay bằng số 2-KL/ĐU")
			.contains("href=\"#document-" + secondId + "\"").contains("Phạm Minh Dũng").contains("Phó Bí thư")
			.doesNotContain("/documents/" + firstId + "/cancel"); // a post cadre does not cancel
		// searched without accents, by number, filtered by type and year
		assertThat(Pages.text(mvc.get().uri("/documents?q={q}", "thang 05/2012").with(users.as("xa.danhoa")).exchange(),
				200)).contains("id=\"document-" + firstId + "\"").contains("id=\"document-" + secondId + "\"");
		assertThat(Pages.text(mvc.get().uri("/documents?q={q}", "tháng 04/2012").with(users.as("xa.danhoa")).exchange(),
				200)).doesNotContain("id=\"document-" + firstId + "\"");
		assertThat(page("tinh.quangtri", "/documents?q=2-KL&year=2012")).contains("2-KL/ĐU")
			.doesNotContain("id=\"document-" + firstId + "\"");
		assertThat(page("admin", "/documents?type=QUY_CHE&year=2012")).doesNotContain("id=\"document-" + firstId + "\"");
		assertThat(page("admin", "/documents?type=KET_LUAN&year=2012")).contains("id=\"document-" + firstId + "\"");
		// a filter typed into the URL that is no choice is no filter, never an error
		assertThat(page("chihuy.ramai", "/documents?type=XYZ&year=abc&page=-3")).contains("id=\"document-list\"");

		// cancelling: the commander only, with a reason given next to the field
		assertThat(mvc.get().uri("/documents/" + firstId + "/cancel").with(users.as("canbo.ramai"))).hasStatus(403);
		assertThat(post("canbo.ramai", "/documents/" + firstId + "/cancel", "reason", "Thử")).hasStatus(403);
		String refused = Pages.text(post("chihuy.ramai", "/documents/" + firstId + "/cancel", "reason", "  ").exchange(),
				200);
		assertThat(refused).contains("id=\"reason-error\"").contains("Hãy ghi lý do hủy số.");
		assertThat(post("chihuy.ramai", "/documents/" + firstId + "/cancel", "reason", "Ban hành nhầm số liệu"))
			.hasStatus3xxRedirection();
		assertThat(page("chihuy.ramai", "/documents?year=2012")).contains("Đã hủy số").contains("Lý do: Ban hành nhầm số liệu");
		assertThat(Pages.text(post("chihuy.ramai", "/documents/" + firstId + "/cancel", "reason", "Lần nữa").exchange(),
				200)).contains("Số này đã được hủy trước đó.");
		// the cancelled number stays and is never given again
		assertThat(jdbc.queryForObject("select count(*) from issued_document where id = ? and cancel_reason = ?",
				Integer.class, firstId, "Ban hành nhầm số liệu")).isEqualTo(1);
		// and the audit trail says who withdrew it and why, once
		assertThat(jdbc.queryForList("""
				select username || ' ' || reason from audit_event
				where entity_type = 'IssuedDocument' and entity_id = ? and action = 'CANCEL'""", String.class, firstId))
			.containsExactly("chihuy.ramai Ban hành nhầm số liệu");
	}

	@Test
	void anotherPostsDocumentCannotBeReadByEditingTheUrl() {
		long province = jdbc.queryForObject("select province_id from border_post where code = 'RAMAI'", Long.class);
		long other = jdbc.queryForObject("""
				insert into border_post (code, name, provincial_command, province_id)
				values ('DOCOTHER', 'Đồn Biên phòng Thử Văn bản', 'Bộ Chỉ huy thử', ?) returning id""", Long.class,
				province);
		territoryCache.invalidate();
		long id = jdbc.queryForObject("""
				insert into issued_document (post_id, type, year, number, number_text, issued_on, subject, source, pdf,
				  sha256, issued_by)
				values (?, 'KET_LUAN', 2011, 1, '1-KL/ĐU', '2011-02-03', 'Văn bản của đồn khác 2011', 'test:other',
				  '\\x255044462d', repeat('0', 64), 'test') returning id""", Long.class, other);
		for (String user : List.of("chihuy.ramai", "canbo.ramai", "xa.danhoa", "xa.tuyenlam")) {
			assertThat(mvc.get().uri("/documents/" + id + "/pdf").with(users.as(user))).as(user).hasStatus(404);
			assertThat(page(user, "/documents?year=2011")).as(user).doesNotContain("Văn bản của đồn khác 2011");
		}
		assertThat(mvc.get().uri("/documents/" + id + "/cancel").with(users.as("chihuy.ramai"))).hasStatus(404);
		assertThat(post("chihuy.ramai", "/documents/" + id + "/cancel", "reason", "Thử")).hasStatus(404);
		assertThat(bytes("admin", "/documents/" + id + "/pdf")).startsWith("%PDF-".getBytes());
		assertThat(page("admin", "/documents?year=2011")).contains("Văn bản của đồn khác 2011");
		assertThat(jdbc.queryForObject("select cancel_reason from issued_document where id = ?", String.class, id))
			.isNull();
	}

}
