package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * The month page's one form (issue 21): every button saves all that was typed, or nothing, and comes back to its
 * part of the page; the confirmation pages of concluding, reopening and returning; what a month's share of a target
 * shows. On months of 2015, which the demo data and the other tests leave alone.
 */
@IntegrationTest
class ReviewMonthFormTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

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

	/** The six conclusions as the page's form sends them, one typed. */
	private static String[] plan(int version, String borderConclusion, String... more) {
		List<String> p = new ArrayList<>(List.of("version", String.valueOf(version),
				"texts[BORDER_SOVEREIGNTY]", borderConclusion, "texts[POLITICAL_SYSTEM]", "", "texts[ECONOMY_POVERTY]", "",
				"texts[OUTREACH_LEGAL]", "", "texts[CULTURE_SOCIETY]", "", "texts[FOREIGN_AFFAIRS]", "",
				"metric", "NONE", "dueDate", "2015-02-28"));
		p.addAll(List.of(more));
		return p.toArray(String[]::new);
	}

	private List<String> conclusions(YearMonth m) {
		return jdbc.queryForList("""
				select c.text from review_conclusion c join monthly_review r on r.id = c.review_id
				where r.post_id = ? and r.month = ? order by c.content_area""", String.class, fixtures.postId(),
				Date.valueOf(m.atDay(1)));
	}

	private List<String> targets(YearMonth m) {
		return jdbc.queryForList("""
				select t.indicator from review_target t join monthly_review r on r.id = t.review_id
				where r.post_id = ? and r.month = ? order by t.position""", String.class, fixtures.postId(),
				Date.valueOf(m.atDay(1)));
	}

	private int tasks(String description) {
		return jdbc.queryForObject("select count(*) from review_task where description = ?", Integer.class,
				description);
	}

	@Test
	void addingATargetSavesTheConclusionsTypedWithItAndComesBackToTheTargets() {
		YearMonth m = YearMonth.of(2015, 1);
		String base = "/reviews/RAMAI/" + m;
		String typed = "Duy trì tuần tra đường biên (gõ trước khi thêm chỉ tiêu)";
		MvcTestResult added = post("chihuy.ramai", base + "/targets", plan(fixtures.reviewVersion(m), typed,
				"contentArea", "BORDER_SOVEREIGNTY", "indicator", "Tuần tra cột mốc 2015-01", "metric", "PATROLS",
				"targetValue", "6", "unit", "đợt")).exchange();
		assertThat(added).hasStatus3xxRedirection().redirectedUrl().isEqualTo(base + "#targets");
		assertThat(conclusions(m)).containsExactly(typed);
		assertThat(targets(m)).containsExactly("Tuần tra cột mốc 2015-01");
		// the page that follows says so in the targets' part, and shows the conclusions saved
		String shown = followed(added, "chihuy.ramai");
		assertThat(shown).contains(typed).contains("data-draft-saved=\"review-plan\"");
		assertThat(shown.substring(shown.indexOf("id=\"targets\""))).contains("Đã lưu kết luận.")
			.contains("Đã thêm chỉ tiêu tháng tới.");

		// a task added from the same form with the same conclusions: no change to them, no stale version needed
		assertThat(post("chihuy.ramai", base + "/tasks", plan(0, typed, "cadreId", String.valueOf(cadre()),
				"description", "Nhiệm vụ 2015-01"))).hasStatus3xxRedirection().redirectedUrl()
			.isEqualTo(base + "#tasks");
		assertThat(tasks("Nhiệm vụ 2015-01")).isEqualTo(1);
		// "Lưu kết luận" with a task typed but not added: added too (nothing typed is dropped)
		assertThat(post("chihuy.ramai", base + "/conclusions", plan(fixtures.reviewVersion(m), typed + " nữa",
				"cadreId", String.valueOf(cadre()), "description", "Nhiệm vụ 2015-01 thứ hai"))).hasStatus3xxRedirection()
			.redirectedUrl().isEqualTo(base + "#conclusions");
		assertThat(conclusions(m)).containsExactly(typed + " nữa");
		assertThat(tasks("Nhiệm vụ 2015-01 thứ hai")).isEqualTo(1);
	}

	@Test
	void aRefusedTargetSavesNothingAndShowsEverythingAsTyped() {
		YearMonth m = YearMonth.of(2015, 2);
		String base = "/reviews/RAMAI/" + m;
		assertThat(post("chihuy.ramai", base + "/conclusions", plan(0, "Kết luận đã lưu 2015-02")))
			.hasStatus3xxRedirection();
		String typed = "Kết luận sửa, chưa lưu 2015-02";
		String html = Pages.text(post("chihuy.ramai", base + "/targets", plan(fixtures.reviewVersion(m), typed,
				"contentArea", "OUTREACH_LEGAL", "indicator", "", "targetValue", "-3", "cadreId", String.valueOf(cadre()),
				"description", "Nhiệm vụ đang gõ 2015-02")).exchange(), 200);
		// next to the fields, in Vietnamese, with the conclusions, the target and the task as typed
		assertThat(html).contains("id=\"error-summary\"").contains("id=\"indicator-error\"")
			.contains("id=\"targetValue-error\"").contains(typed).contains("value=\"-3\"")
			.contains("<option value=\"OUTREACH_LEGAL\" selected=\"selected\">").contains("Nhiệm vụ đang gõ 2015-02")
			.contains("Vui lòng nhập thông tin này.");
		// nothing half-saved: neither the conclusions nor the task
		assertThat(conclusions(m)).containsExactly("Kết luận đã lưu 2015-02");
		assertThat(targets(m)).isEmpty();
		assertThat(tasks("Nhiệm vụ đang gõ 2015-02")).isZero();
		// a task refused by a rule (a cadre of another post) likewise leaves the conclusions unsaved
		long otherCadre = jdbc.queryForObject("select coalesce(min(id), -1) from cadre where post_id <> ?", Long.class,
				fixtures.postId());
		assertThat(post("chihuy.ramai", base + "/tasks", plan(fixtures.reviewVersion(m), typed, "cadreId",
				String.valueOf(otherCadre), "description", "Nhiệm vụ sai đồn 2015-02"))).hasStatusOk().bodyText()
			.contains(typed);
		assertThat(conclusions(m)).containsExactly("Kết luận đã lưu 2015-02");
		// conclusions typed over someone else's newer ones: refused as stale, the typing kept, nothing added
		String stale = Pages.text(post("chihuy.ramai", base + "/targets", plan(0, typed, "contentArea",
				"OUTREACH_LEGAL", "indicator", "Buổi tuyên truyền 2015-02", "targetValue", "3")).exchange(), 200);
		assertThat(stale).contains("vừa được người khác thay đổi").contains(typed).contains("Buổi tuyên truyền 2015-02");
		assertThat(conclusions(m)).containsExactly("Kết luận đã lưu 2015-02");
		assertThat(targets(m)).isEmpty();
	}

	@Test
	void removingATargetKeepsWhatIsBeingTypedWithoutAddingIt() {
		YearMonth m = YearMonth.of(2015, 3);
		String base = "/reviews/RAMAI/" + m;
		assertThat(post("chihuy.ramai", base + "/targets", plan(0, "Kết luận 2015-03", "contentArea",
				"BORDER_SOVEREIGNTY", "indicator", "Chỉ tiêu cũ 2015-03", "targetValue", "2"))).hasStatus3xxRedirection();
		MvcTestResult removed = post("chihuy.ramai", base + "/targets/0/delete", plan(fixtures.reviewVersion(m),
				"Kết luận 2015-03 sửa", "contentArea", "OUTREACH_LEGAL", "indicator", "Chỉ tiêu đang gõ 2015-03"))
			.exchange();
		assertThat(removed).hasStatus3xxRedirection().redirectedUrl().isEqualTo(base + "#targets");
		assertThat(targets(m)).isEmpty();
		assertThat(conclusions(m)).containsExactly("Kết luận 2015-03 sửa");
		// the target being typed comes back in its fields on the next page
		String next = followed(removed, "chihuy.ramai");
		assertThat(next).contains("value=\"Chỉ tiêu đang gõ 2015-03\"");
		// an index that no longer exists: refused on the page, the typing kept
		assertThat(post("chihuy.ramai", base + "/targets/5/delete", plan(fixtures.reviewVersion(m), "Gõ tiếp 2015-03")))
			.hasStatusOk().bodyText().contains("Chỉ tiêu này không còn tồn tại.").contains("Gõ tiếp 2015-03");
	}

	@Test
	void concludingGoesThroughItsConfirmationPageAndOnlyOnceTheMonthIsOver() {
		YearMonth current = YearMonth.now();
		String now = "/reviews/RAMAI/" + current;
		String from = current.plusMonths(1).atDay(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		// the current month: the confirmation page says from when, and offers no form; a post is refused
		assertThat(page("chihuy.ramai", now + "/conclude")).contains("chỉ kết luận được từ ngày " + from)
			.doesNotContain("id=\"conclude-form\"");
		int version = fixtures.reviewVersion(current);
		assertThat(post("chihuy.ramai", now + "/conclude", "version", String.valueOf(version), "conclusionNumber",
				"99-KL/ĐU", "concludedOn", LocalDate.now().toString(), "reason", "Thử")).hasStatusOk();
		assertThat(fixtures.reviewStatus(current)).isEqualTo("OPEN");

		// a past month: "Kết luận tháng…" saves what was typed and opens the confirmation page
		YearMonth m = YearMonth.of(2015, 4);
		String base = "/reviews/RAMAI/" + m;
		assertThat(page("chihuy.ramai", base)).contains("id=\"conclude-start\"").doesNotContain("id=\"conclude-not-yet\"");
		assertThat(post("chihuy.ramai", base + "/conclusions", plan(0, "Kết luận 2015-04", "next", "conclude")))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo(base + "/conclude");
		assertThat(conclusions(m)).containsExactly("Kết luận 2015-04");
		assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");

		// every report in (both communes sent theirs): no reason asked, none needed
		for (String commune : new String[] { "DANHOA2025", "TUYENLAM" }) {
			String user = commune.equals("TUYENLAM") ? "xa.tuyenlam" : "xa.danhoa";
			assertThat(post(user, base + "/submissions/" + fixtures.communeId(commune), "version", "0", "narrative",
					"Báo cáo 2015-04", "action", "submit")).hasStatus3xxRedirection();
		}
		String confirm = Pages.main(page("chihuy.ramai", base + "/conclude"));
		assertThat(confirm).contains("Tất cả các xã đã gửi báo cáo tháng.").doesNotContain("id=\"reason\"")
			.contains("Quản lý, bảo vệ chủ quyền, an ninh biên giới");
		// a report returned meanwhile (in another tab): the reason is asked for at the moment of concluding
		long danHoa = fixtures.communeId("DANHOA2025");
		assertThat(post("chihuy.ramai", base + "/submissions/" + danHoa + "/return", "version",
				String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")), "comment", "Bổ sung")).hasStatus3xxRedirection();
		assertThat(post("chihuy.ramai", base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "4-KL/ĐU", "concludedOn", "2015-05-04")).hasStatusOk().bodyText()
			.contains("hãy ghi lý do kết luận mà không chờ các xã này");
		assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");
		assertThat(post("xa.danhoa", base + "/submissions/" + danHoa, "version",
				String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")), "narrative", "Đã bổ sung", "action",
				"submit")).hasStatus3xxRedirection();
		assertThat(post("chihuy.ramai", base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "4-KL/ĐU", "concludedOn", "2015-05-04")).hasStatus3xxRedirection();
		assertThat(fixtures.reviewStatus(m)).isEqualTo("CONCLUDED");
		assertThat(jdbc.queryForObject("""
				select e.unreported_reason is null and cardinality(e.unreported_commune_ids) = 0
				from review_edition e join monthly_review r on r.id = e.review_id where r.post_id = ? and r.month = ?""",
				Boolean.class, fixtures.postId(), Date.valueOf(m.atDay(1)))).isTrue();
	}

	@Test
	void reopeningAndReturningAreConfirmedOnTheirOwnPagesAndALongReasonIsKeptWhole() {
		YearMonth m = YearMonth.of(2015, 5);
		String base = "/reviews/RAMAI/" + m;
		long danHoa = fixtures.communeId("DANHOA2025");
		// the official's form keeps a local draft of the narrative until the server has it
		assertThat(page("xa.danhoa", base + "/submissions/" + danHoa)).contains("id=\"submission-form\"")
			.contains("data-draft=\"submission\"");
		assertThat(post("xa.danhoa", base + "/submissions/" + danHoa, "version", "0", "narrative",
				"Tường thuật 2015-05 của Dân Hóa", "action", "submit")).hasStatus3xxRedirection();

		// the report page offers a button to a page that shows the report and asks for the comment
		assertThat(page("chihuy.ramai", base + "/submissions/" + danHoa)).contains("id=\"return-start\"")
			.doesNotContain("id=\"return-form\"");
		String confirm = page("chihuy.ramai", base + "/submissions/" + danHoa + "/return");
		assertThat(confirm).contains("Tường thuật 2015-05 của Dân Hóa").contains("id=\"return-form\"")
			.contains("Xã sẽ thấy ý kiến của bạn");
		assertThat(Pages.text(post("chihuy.ramai", base + "/submissions/" + danHoa + "/return", "version",
				String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")), "comment", " ").exchange(), 200))
			.contains("id=\"comment-error\"").contains("Tường thuật 2015-05 của Dân Hóa");
		assertThat(fixtures.submissionStatus(m, "DANHOA2025")).isEqualTo("SUBMITTED");
		// a comment of 2,000 characters (the form's limit; the audit log's reason holds 500) is returned whole
		String comment = "Bổ sung số liệu tuần tra. ".repeat(100).substring(0, 2000);
		assertThat(post("chihuy.ramai", base + "/submissions/" + danHoa + "/return", "version",
				String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")), "comment", comment))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo(base + "/submissions/" + danHoa);
		assertThat(jdbc.queryForObject("select return_comment from commune_submission where id = (select max(id) "
				+ "from commune_submission where commune_id = ?)", String.class, danHoa)).isEqualTo(comment.strip());
		assertThat(jdbc.queryForObject("select char_length(reason) from audit_event where action = 'RETURN' "
				+ "order by id desc limit 1", Integer.class)).isEqualTo(500);
		// returned already: the confirmation page no longer offers the form
		assertThat(page("chihuy.ramai", base + "/submissions/" + danHoa + "/return"))
			.contains("id=\"return-not-possible\"").doesNotContain("id=\"return-form\"");

		// concluded with a reason, then reopened from its confirmation page with a long reason
		assertThat(post("chihuy.ramai", base + "/conclusions", plan(0, "Kết luận 2015-05"))).hasStatus3xxRedirection();
		assertThat(post("chihuy.ramai", base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "5-KL/ĐU", "concludedOn", "2015-06-02", "reason", "Kết luận theo lịch giao ban"))
			.hasStatus3xxRedirection();
		assertThat(page("chihuy.ramai", base)).contains("id=\"reopen-start\"").doesNotContain("id=\"reopen-form\"");
		assertThat(page("chihuy.ramai", base + "/reopen")).contains("id=\"reopen-form\"")
			.contains("Lần kết luận Số " + fixtures.conclusionNumber(m) + " ngày 02/06/2015");
		String reason = "Sai số liệu tuần tra. ".repeat(100).substring(0, 2000);
		assertThat(post("chihuy.ramai", base + "/reopen", "version", String.valueOf(fixtures.reviewVersion(m)),
				"reason", reason)).hasStatus3xxRedirection().redirectedUrl().isEqualTo(base);
		assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");
		assertThat(jdbc.queryForObject("select reopen_reason from monthly_review where post_id = ? and month = ?",
				String.class, fixtures.postId(), Date.valueOf(m.atDay(1)))).isEqualTo(reason.strip());
		// an open month has nothing to reopen
		assertThat(page("chihuy.ramai", base + "/reopen")).contains("id=\"reopen-open\"")
			.doesNotContain("id=\"reopen-form\"");
	}

	@Test
	void aTaskMarkedDoneBringsThePageBackToItsRow() {
		YearMonth m = YearMonth.of(2015, 6);
		long own = jdbc.queryForObject("select c.id from cadre c join app_user u on u.id = c.user_id "
				+ "where u.username = 'canbo.ramai'", Long.class);
		assertThat(post("chihuy.ramai", "/reviews/RAMAI/" + m + "/tasks", "version", "0", "cadreId",
				String.valueOf(own), "dueDate", "2015-07-15", "description", "Nhiệm vụ 2015-06")).hasStatus3xxRedirection();
		long task = jdbc.queryForObject("select id from review_task where description = 'Nhiệm vụ 2015-06'", Long.class);
		MvcTestResult done = post("canbo.ramai", "/tasks/" + task + "/done", "version", "0", "resultNote",
				"Đã làm xong 2015-06").exchange();
		assertThat(done).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/tasks#task-" + task);
		String list = followed(done, "canbo.ramai");
		assertThat(list).contains("id=\"task-" + task + "-saved\"").contains("Đã ghi nhận hoàn thành nhiệm vụ.");
		// each open task's form keeps its own local draft
		assertThat(list).containsPattern("data-draft=\"task-\\d+\"");
	}

	@Test
	void theMonthlyShareOfAnAgreementsTargetIsAWholeCount() {
		// the 2026–2030 agreements: 350 patrols over 60 months, 15 households out of poverty a year
		String html = page("chihuy.ramai", "/reviews/RAMAI/" + YearMonth.now());
		String table = html.substring(html.indexOf("id=\"review-agreement-targets\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(table).contains("<td>6 đợt</td>").contains("<td>15 hộ/năm</td>").doesNotContain("5,8")
			.doesNotContain("1,3");
	}

	/** The page a redirect leads to, in the same session (its cookie): with the flash attributes left there. */
	private String followed(MvcTestResult posted, String user) {
		Cookie session = posted.getMvcResult().getResponse().getCookie("SESSION");
		assertThat(session).as("the session the redirect's flash attributes are kept in").isNotNull();
		String url = posted.getMvcResult().getResponse().getRedirectedUrl();
		return Pages.text(mvc.get().uri(url.replaceFirst("#.*", "")).cookie(session).with(users.as(user)).exchange(),
				200);
	}

	private long cadre() {
		return jdbc.queryForObject("select min(id) from cadre where post_id = ?", Long.class, fixtures.postId());
	}

}
