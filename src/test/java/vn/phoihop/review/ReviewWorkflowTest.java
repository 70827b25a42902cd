package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Date;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/** The monthly review of docs/design.md §5, through the web layer, on months the demo data leaves empty (2016). */
@IntegrationTest
class ReviewWorkflowTest {

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

	@Test
	void submitReturnResubmitConcludeLockReopenConcludeAgain() {
		YearMonth m = YearMonth.of(2016, 5);
		String base = "/reviews/RAMAI/" + m;
		long danHoa = fixtures.communeId("DANHOA2025");
		String sub = base + "/submissions/" + danHoa;
		long patrol = fixtures.patrol("DANHOA2025", m.atDay(10), 4, 3, "Tuần tra 2016-05 kiểm thử");
		fixtures.outreach("DANHOA2025", m.atDay(12), 40, "Tuyên truyền 2016-05 kiểm thử");

		// the official sees the month's activities read-only and submits
		assertThat(page("xa.danhoa", sub)).contains("Tuần tra 2016-05 kiểm thử").contains("Chưa gửi");
		assertThat(post("xa.danhoa", sub, "version", "0", "narrative", "", "action", "submit")).hasStatusOk()
			.bodyText().contains("Vui lòng nhập tóm tắt tình hình trước khi gửi.");
		assertThat(post("xa.danhoa", sub, "version", "0", "narrative", "Tháng 5 ổn định", "action", "submit"))
			.hasStatus3xxRedirection();
		assertThat(fixtures.submissionStatus(m, "DANHOA2025")).isEqualTo("SUBMITTED");

		// the commander returns it with a comment; the official sees the comment, corrects and resubmits
		assertThat(post("chihuy.ramai", sub + "/return", "version",
				String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")), "comment", "Bổ sung số liệu tuần tra"))
			.hasStatus3xxRedirection();
		assertThat(fixtures.submissionStatus(m, "DANHOA2025")).isEqualTo("RETURNED");
		assertThat(page("xa.danhoa", sub)).contains("Bổ sung số liệu tuần tra").contains("Bị trả lại");
		assertThat(page("xa.danhoa", "/")).contains("Báo cáo bị trả lại cần sửa").contains("Bổ sung số liệu tuần tra");
		assertThat(post("xa.danhoa", sub, "version", String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")),
				"narrative", "Tháng 5 ổn định; 1 lần tuần tra với 7 lượt người", "action", "submit"))
			.hasStatus3xxRedirection();
		assertThat(fixtures.submissionStatus(m, "DANHOA2025")).isEqualTo("SUBMITTED");
		assertThat(page("chihuy.ramai", "/")).contains("Báo cáo của xã chờ xem xét");

		// conclusions, a target, a task; concluding without a number is refused
		assertThat(post("chihuy.ramai", base + "/conclusions", "version", String.valueOf(fixtures.reviewVersion(m)),
				"texts[BORDER_SOVEREIGNTY]", "Duy trì tuần tra đường biên", "texts[OUTREACH_LEGAL]", ""))
			.hasStatus3xxRedirection();
		assertThat(post("chihuy.ramai", base + "/targets", "version", String.valueOf(fixtures.reviewVersion(m)),
				"contentArea", "BORDER_SOVEREIGNTY", "indicator", "Tuần tra đường biên", "metric", "PATROLS",
				"targetValue", "6", "unit", "lần")).hasStatus3xxRedirection();
		long cadre = jdbc.queryForObject("select min(id) from cadre where post_id = ?", Long.class, fixtures.postId());
		assertThat(post("chihuy.ramai", base + "/tasks", "version", "0", "cadreId", String.valueOf(cadre),
				"dueDate", "2016-06-30", "description", "Kiểm tra cột mốc 2016-05")).hasStatus3xxRedirection();
		// concluding opens a confirmation page: Tuyên Lâm has not reported (Dân Hóa has)
		String confirm = Pages.main(page("chihuy.ramai", base + "/conclude"));
		assertThat(confirm).contains("Các xã chưa có báo cáo tháng").contains("Tuyên Lâm").doesNotContain("Dân Hóa")
			.contains("Lý do kết luận khi chưa đủ báo cáo của các xã").contains("id=\"conclude-submit\"");
		// the number is the register's, shown and not typed: for the year of the date shown (today by default)
		assertThat(confirm).contains("id=\"conclusionNumber\"")
			.contains("value=\"" + fixtures.nextNumber(java.time.LocalDate.now().getYear()) + "\"")
			.contains("Số do sổ đăng ký văn bản cấp");
		String number = fixtures.nextNumber(2016);
		assertThat(post("chihuy.ramai", base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"concludedOn", "")).hasStatusOk()
			.bodyText().contains("Vui lòng chọn hoặc nhập thông tin này.");
		assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");
		// without a reason it is refused next to the field, with the number and date typed kept
		String refused = Pages.text(post("chihuy.ramai", base + "/conclude", "version",
				String.valueOf(fixtures.reviewVersion(m)), "conclusionNumber", "5-KL/ĐU", "concludedOn", "2016-06-02",
				"reason", "  ").exchange(), 200);
		assertThat(refused).contains("id=\"reason-error\"")
			.contains("Còn xã chưa gửi báo cáo hoặc báo cáo bị trả lại: hãy ghi lý do kết luận mà không chờ các xã này.")
			.contains("value=\"" + number + "\"").contains("value=\"02/06/2016\"");
		assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");
		String reason = "Xã Tuyên Lâm không có hoạt động phối hợp trong tháng, đã báo qua điện thoại";
		assertThat(post("chihuy.ramai", base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "5-KL/ĐU", "concludedOn", "2016-06-02", "reason", reason))
			.hasStatus3xxRedirection();
		assertThat(fixtures.reviewStatus(m)).isEqualTo("CONCLUDED");
		// the reason and the commune are recorded with the conclusion and audited
		assertThat(jdbc.queryForObject("""
				select e.unreported_reason || ' ' || array_to_string(e.unreported_commune_ids, ',')
				from review_edition e join monthly_review r on r.id = e.review_id
				where r.post_id = ? and r.month = ? and e.edition = 1""", String.class, fixtures.postId(),
				Date.valueOf(m.atDay(1)))).isEqualTo(reason + " " + fixtures.communeId("TUYENLAM"));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CONCLUDE' and reason = ?",
				Integer.class, reason)).isEqualTo(1);
		assertThat(page("chihuy.ramai", base)).contains("Tuyên Lâm. Lý do: " + reason);
		assertThat(fixtures.conclusionNumber(m)).isEqualTo(number);
		assertThat(page("chihuy.ramai", base)).contains("Đã kết luận: Số " + number + ", ngày 02/06/2016")
			.contains("Số liệu tháng (đã chốt khi kết luận)");

		// the month's activities are now refused for edit, with a clear message
		assertThat(editPatrol(patrol, "Sửa sau khi khóa")).hasStatusOk()
			.bodyText().contains("Tháng 05/2016 của xã này đã được kết luận và khóa: không thể sửa hoạt động.");
		assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, patrol))
			.isEqualTo("Tuần tra 2016-05 kiểm thử");
		// and a concluded month refuses further edits of the review itself
		assertThat(post("xa.danhoa", sub, "version", String.valueOf(fixtures.submissionVersion(m, "DANHOA2025")),
				"narrative", "x", "action", "submit")).hasStatusOk().bodyText()
			.contains("Tháng này đã được kết luận: chỉ xem, không sửa được.");
		assertThat(post("chihuy.ramai", base + "/tasks", "version", "0", "cadreId", String.valueOf(cadre),
				"dueDate", "2016-06-30", "description", "Giao sau khi kết luận")).hasStatusOk().bodyText()
			.contains("Tháng này đã được kết luận: chỉ xem, không sửa được.");
		assertThat(jdbc.queryForObject("select count(*) from review_task where description = 'Giao sau khi kết luận'",
				Integer.class)).isZero();

		// reopen needs a reason, is audited, unlocks
		assertThat(post("chihuy.ramai", base + "/reopen", "version", String.valueOf(fixtures.reviewVersion(m)),
				"reason", "")).hasStatusOk().bodyText().contains("Vui lòng nhập thông tin này.");
		assertThat(post("chihuy.ramai", base + "/reopen", "version", String.valueOf(fixtures.reviewVersion(m)),
				"reason", "Xã báo thiếu một lần tuần tra")).hasStatus3xxRedirection();
		assertThat(fixtures.reviewStatus(m)).isEqualTo("OPEN");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REOPEN' "
				+ "and reason = 'Xã báo thiếu một lần tuần tra'", Integer.class)).isEqualTo(1);
		assertThat(page("chihuy.ramai", base)).contains("Xã báo thiếu một lần tuần tra");
		assertThat(editPatrol(patrol, "Tuần tra 2016-05 đã sửa")).hasStatus3xxRedirection();

		// and concluded again: a second edition (Tuyên Lâm has still not reported: a reason again)
		assertThat(post("chihuy.ramai", base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "5-KL/ĐU", "concludedOn", "2016-06-05", "reason", "Vẫn chưa có báo cáo"))
			.hasStatus3xxRedirection();
		assertThat(fixtures.reviewStatus(m)).isEqualTo("CONCLUDED");
		assertThat(jdbc.queryForObject("select edition from monthly_review where post_id = ? and month = ?",
				Integer.class, fixtures.postId(), Date.valueOf(m.atDay(1)))).isEqualTo(2);
	}

	/** The activity form posted back by the commune official (the edit of an existing activity). */
	private MvcTestResult editPatrol(long id, String title) {
		return post("xa.danhoa", "/activities", "id", String.valueOf(id), "version",
				String.valueOf(fixtures.activityVersion(id)), "type", "PATROL", "activityDate", "2016-05-10",
				"communeId", String.valueOf(fixtures.communeId("DANHOA2025")), "villageIds",
				String.valueOf(jdbc.queryForObject("select min(v.id) from village v join commune c on c.id = v.commune_id "
						+ "where c.code = 'TRONGHOA'", Long.class)),
				"contentArea", "BORDER_SOVEREIGNTY", "title", title, "borderGuard", "5", "militia", "3", "action",
				"submit").exchange();
	}

}
