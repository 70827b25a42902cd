package vn.phoihop.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** The register end to end: logging, scope, restricted items, follow-up, the provincial command's counts, audit. */
@IntegrationTest
class SituationTest {

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

	static String unique(String text) {
		String hex = UUID.randomUUID().toString().replace("-", "");
		StringBuilder s = new StringBuilder();
		for (char c : hex.substring(0, 10).toCharArray()) {
			s.append((char) ('k' + Character.digit(c, 16)));
		}
		return text + " " + s;
	}

	long commune(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	long category(String code) {
		return jdbc.queryForObject("select id from situation_category where code = ?", Long.class, code);
	}

	long log(String username, String communeCode, String summary, boolean restricted) {
		var result = mvc.post()
			.uri("/situation")
			.with(users.as(username))
			.with(csrf())
			.param("communeId", String.valueOf(commune(communeCode)))
			.param("occurredOn", "14/11/2025")
			.param("occurredTime", "21:15")
			.param("categoryId", String.valueOf(category("SMUGGLING")))
			.param("source", "MILITIA")
			.param("severity", "SERIOUS")
			.param("summary", summary)
			.param("whatHappened", "Phát hiện nhóm người gùi hàng qua đường mòn.")
			.param("restricted", String.valueOf(restricted))
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		long id = jdbc.queryForObject("select id from situation_item where summary = ?", Long.class, summary);
		assertThat(result).hasRedirectedUrl("/situation/" + id);
		return id;
	}

	int audited(String action, long id) {
		return jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'SituationItem' and entity_id = ? and action = ?",
				Integer.class, id, action);
	}

	@Test
	void aCommuneOfficialLogsAnItemAndEveryOpeningIsAudited() {
		String summary = unique("Gùi hàng lậu qua đường mòn");
		long id = log("xa.danhoa", "DANHOA2025", summary, false);
		assertThat(audited("CREATE", id)).isEqualTo(1);
		var page = mvc.get().uri("/situation/" + id).with(users.as("xa.danhoa")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(html(page)).contains(summary, "14/11/2025", "21:15", "Buôn lậu, gian lận thương mại", "Dân quân",
				"Nghiêm trọng", "Mới");
		mvc.get().uri("/situation/" + id).with(users.as("chihuy.ramai")).exchange();
		assertThat(audited("VIEW", id)).isEqualTo(2);
		// found in the list by an accent-insensitive search
		assertThat(html(mvc.get().uri("/situation?q=gui hang lau").with(users.as("canbo.ramai")).exchange()))
			.contains(summary);
	}

	@Test
	void anotherCommunesOfficialCannotReadTheItemByItsAddress() {
		String summary = unique("Tranh chấp đất rẫy");
		long id = log("xa.danhoa", "DANHOA2025", summary, false);
		assertThat(mvc.get().uri("/situation/" + id).with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(mvc.get().uri("/situation/" + id + "/edit").with(users.as("xa.tuyenlam"))).hasStatus(404);
		assertThat(mvc.post().uri("/situation/" + id + "/status").with(users.as("xa.tuyenlam")).with(csrf())
			.param("status", "HANDLED").param("changedOn", "15/11/2025").param("note", "x")).hasStatus(404);
		assertThat(html(mvc.get().uri("/situation").with(users.as("xa.tuyenlam")).exchange())).doesNotContain(summary);
		// nor log an item in a commune that is not theirs
		var refused = mvc.post().uri("/situation").with(users.as("xa.tuyenlam")).with(csrf())
			.param("communeId", String.valueOf(commune("DANHOA2025"))).param("occurredOn", "14/11/2025")
			.param("categoryId", String.valueOf(category("OTHER"))).param("source", "RESIDENT")
			.param("severity", "ROUTINE").param("summary", unique("Không được ghi"))
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(html(refused)).contains("Bạn không ghi tin cho xã này.");
	}

	@Test
	void aRestrictedItemsContentIsReadByTheCommanderAndItsAuthorOnly() {
		String summary = unique("Đối tượng nghi vận chuyển ma túy");
		long id = log("canbo.ramai", "DANHOA2025", summary, true);
		assertThat(html(mvc.get().uri("/situation/" + id).with(users.as("canbo.ramai")).exchange())).contains(summary);
		assertThat(html(mvc.get().uri("/situation/" + id).with(users.as("chihuy.ramai")).exchange())).contains(summary);
		for (String other : new String[] { "xa.danhoa", "admin" }) {
			var page = mvc.get().uri("/situation/" + id).with(users.as(other)).exchange();
			assertThat(page).hasStatusOk();
			assertThat(html(page)).contains("Tin hạn chế", "14/11/2025", "Buôn lậu, gian lận thương mại")
				.doesNotContain(summary, "gùi hàng", "Nghiêm trọng", "Dân quân");
			String list = html(mvc.get().uri("/situation?categoryId=" + category("SMUGGLING") + "&from=2025-11-14&to=2025-11-14")
				.with(users.as(other)).exchange());
			assertThat(list).contains("/situation/" + id).doesNotContain(summary);
			// a search or a filter on what the row hides does not find it either
			assertThat(html(mvc.get().uri("/situation?q=van chuyen ma tuy").with(users.as(other)).exchange()))
				.doesNotContain("/situation/" + id + "\"");
			assertThat(html(mvc.get().uri("/situation?severity=SERIOUS&from=2025-11-14&to=2025-11-14")
				.with(users.as(other)).exchange())).doesNotContain("/situation/" + id + "\"");
		}
		assertThat(mvc.get().uri("/situation/" + id + "/edit").with(users.as("xa.danhoa"))).hasStatus(403);
		assertThat(audited("VIEW", id)).isEqualTo(4);
		// the audit trail (which the administrator reads whole) holds none of its content
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'SituationItem' "
				+ "and entity_id = ? and (coalesce(cast(after_data as text), '') like ? or summary like ?)", Integer.class, id,
				"%ma túy%", "%ma túy%")).isZero();
	}

	@Test
	void anItemIsFollowedToHandledWithADatedHistory() {
		long id = log("xa.danhoa", "DANHOA2025", unique("Người lạ vào bản"), false);
		var refused = mvc.post().uri("/situation/" + id + "/status").with(users.as("xa.danhoa")).with(csrf())
			.param("version", "0").param("status", "HANDLED").param("changedOn", "31/02/2025").param("note", "")
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(html(refused)).contains("Ngày không hợp lệ", "31/02/2025");
		assertThat(mvc.post().uri("/situation/" + id + "/status").with(users.as("canbo.ramai")).with(csrf())
			.param("version", "0").param("status", "FOLLOWING").param("changedOn", "15/11/2025")).hasStatus3xxRedirection();
		var noNote = mvc.post().uri("/situation/" + id + "/status").with(users.as("xa.danhoa")).with(csrf())
			.param("version", "1").param("status", "HANDLED").param("changedOn", "16/11/2025").exchange();
		assertThat(html(noNote)).contains("Vui lòng ghi rõ đã xử lý thế nào");
		assertThat(mvc.post().uri("/situation/" + id + "/status").with(users.as("xa.danhoa")).with(csrf())
			.param("version", "1").param("status", "HANDLED").param("changedOn", "16/11/2025")
			.param("note", "Đã xác minh: khách thăm người thân, đã đăng ký tạm trú.")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from situation_item where id = ?", String.class, id))
			.isEqualTo("HANDLED");
		assertThat(jdbc.queryForList("select status from situation_status_change where item_id = ? order by id",
				String.class, id)).containsExactly("FOLLOWING", "HANDLED");
		String page = html(mvc.get().uri("/situation/" + id).with(users.as("xa.danhoa")).exchange());
		assertThat(page).contains("Đã xử lý", "16/11/2025", "đã đăng ký tạm trú");
		assertThat(audited("FOLLOW_UP", id)).isEqualTo(2);
	}

	@Test
	void badInputIsShownNextToItsFieldWithWhatWasTyped() {
		var result = mvc.post().uri("/situation").with(users.as("xa.danhoa")).with(csrf())
			.param("communeId", String.valueOf(commune("DANHOA2025")))
			.param("occurredOn", "32/13/2025")
			.param("occurredTime", "25h")
			.param("categoryId", String.valueOf(category("DRUGS")))
			.param("source", "RESIDENT")
			.param("severity", "ROUTINE")
			.param("summary", "")
			.param("whatHappened", "Giữ nguyên nội dung đã gõ")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(html(result)).contains("Ngày không hợp lệ", "32/13/2025", "Giờ không hợp lệ", "25h",
				"Vui lòng nhập thông tin này.", "Giữ nguyên nội dung đã gõ");
	}

	@Test
	void theProvincialCommandSeesCountsByCategoryNeverAnItem() {
		String summary = unique("Vượt biên trái phép");
		long id = log("xa.danhoa", "DANHOA2025", summary, false);
		var page = mvc.get().uri("/situation?from=2025-11-01&to=2025-11-30").with(users.as("tinh.quangtri")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(html(page)).contains("Buôn lậu, gian lận thương mại", "situation-total").doesNotContain(summary,
				"/situation/" + id);
		assertThat(mvc.get().uri("/situation/" + id).with(users.as("tinh.quangtri"))).hasStatus(403);
		assertThat(mvc.get().uri("/situation/export").with(users.as("tinh.quangtri"))).hasStatus(403);
		assertThat(mvc.get().uri("/situation/new").with(users.as("tinh.quangtri"))).hasStatus(403);
	}

	@Test
	void theExportIsAuditedAndHidesRestrictedContent() {
		String open = unique("Mâu thuẫn gia đình");
		String secret = unique("Nguồn tin trinh sát");
		log("xa.danhoa", "DANHOA2025", open, false);
		log("chihuy.ramai", "DANHOA2025", secret, true);
		int before = jdbc.queryForObject("select count(*) from audit_event where entity_type = 'SituationItem' "
				+ "and action = 'EXPORT'", Integer.class);
		var csv = mvc.get().uri("/situation/export?from=2025-11-14&to=2025-11-14").with(users.as("xa.danhoa")).exchange();
		assertThat(csv).hasStatusOk();
		String text = html(csv);
		assertThat(text).contains(open, "Tin hạn chế").doesNotContain(secret);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'SituationItem' "
				+ "and action = 'EXPORT'", Integer.class)).isEqualTo(before + 1);
	}

	@Test
	void theExportIsAlsoASpreadsheetWithTheSameRowsAuditedAlike() throws Exception {
		String open = unique("Tranh chấp nương rẫy");
		String secret = unique("Tin trinh sát về đường dây");
		log("xa.danhoa", "DANHOA2025", open, false);
		log("chihuy.ramai", "DANHOA2025", secret, true);
		String filter = "?from=2025-11-14&to=2025-11-14&communeId=" + commune("DANHOA2025");
		List<String> csvLines = html(mvc.get().uri("/situation/export" + filter).with(users.as("xa.danhoa")).exchange())
			.lines().filter(l -> !l.isBlank()).toList();
		var xlsx = mvc.get().uri("/situation/export" + filter + "&format=xlsx").with(users.as("xa.danhoa")).exchange();
		assertThat(xlsx).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("tinh-hinh.xlsx");
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			for (Row row : wb.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c));
				}
				rows.add(cells);
			}
		}
		// the header and one row per item, as in the CSV; the restricted item's content blanked the same way
		assertThat(rows).hasSize(csvLines.size());
		assertThat(rows.get(0)).startsWith("Mã tin", "Ngày xảy ra");
		assertThat(rows).anySatisfy(r -> assertThat(r).contains(open))
			.anySatisfy(r -> assertThat(r).contains("Tin hạn chế"))
			.noneSatisfy(r -> assertThat(String.join(" ", r)).contains(secret));
		assertThat(jdbc.queryForObject("select summary from audit_event where entity_type = 'SituationItem' "
				+ "and action = 'EXPORT' and username = 'xa.danhoa' order by id desc limit 1", String.class))
			.isEqualTo("XLSX: " + (rows.size() - 1));
		assertThat(mvc.get().uri("/situation/export?format=xlsx").with(users.as("tinh.quangtri"))).hasStatus(403);
		assertThat(mvc.get().uri("/situation/export?format=pdf").with(users.as("xa.danhoa"))).hasStatus(400);
	}

	@Test
	void theEnglishPageNamesCategoriesInEnglish() {
		long id = log("xa.danhoa", "DANHOA2025", unique("Buôn bán người"), false);
		assertThat(html(mvc.get().uri("/situation/" + id + "?lang=en").with(users.as("xa.danhoa")).exchange()))
			.contains("Smuggling and trade fraud", "Militia", "Serious");
	}

	long marker(String communeCode) {
		return jdbc.queryForObject("""
				insert into border_marker (post_id, number, kind, position, commune_id, created_by, updated_by)
				select p.id, ?, 'MAIN', 9500, c.id, 'test', 'test' from border_post p, commune c
				where p.code = 'RAMAI' and c.code = ? returning id""", Long.class, unique("S"), communeCode);
	}

	@Test
	void anItemNamesAMarkerOfItsCommuneOnly() {
		long danHoa = marker("DANHOA2025");
		long tuyenLam = marker("TUYENLAM");
		String form = html(mvc.get().uri("/situation/new").with(users.as("xa.danhoa")).exchange());
		String select = form.substring(form.indexOf("id=\"markerId\""));
		select = select.substring(0, select.indexOf("</select>"));
		assertThat(select).contains("value=\"" + danHoa + "\"").doesNotContain("value=\"" + tuyenLam + "\"");
		String summary = unique("Cột mốc bị đào bới");
		var wrong = mvc.post().uri("/situation").with(users.as("chihuy.ramai")).with(csrf())
			.param("communeId", String.valueOf(commune("DANHOA2025"))).param("markerId", String.valueOf(tuyenLam))
			.param("occurredOn", "10/11/2025").param("categoryId", String.valueOf(category("MARKER_VIOLATION")))
			.param("source", "POST_PATROL").param("severity", "SERIOUS").param("summary", summary).exchange();
		assertThat(html(wrong)).contains("Cột mốc này không thuộc xã đã chọn.");
		assertThat(mvc.post().uri("/situation").with(users.as("chihuy.ramai")).with(csrf())
			.param("communeId", String.valueOf(commune("DANHOA2025"))).param("markerId", String.valueOf(danHoa))
			.param("occurredOn", "10/11/2025").param("categoryId", String.valueOf(category("MARKER_VIOLATION")))
			.param("source", "POST_PATROL").param("severity", "SERIOUS").param("summary", summary))
			.hasStatus3xxRedirection();
		long id = jdbc.queryForObject("select id from situation_item where summary = ?", Long.class, summary);
		assertThat(html(mvc.get().uri("/situation/" + id).with(users.as("xa.danhoa")).exchange()))
			.contains("/border/markers/" + danHoa);
	}

}
