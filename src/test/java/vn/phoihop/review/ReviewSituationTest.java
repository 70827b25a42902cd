package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.document.PdfLines;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * The month's security situation in the review (docs/design.md §5, §11): the page and the printed conclusion open
 * with the register's items per commune, category and severity, the items still followed and the markers' coverage;
 * a predecessor's items count for the commune it was merged into; a restricted item counts, its content shows only
 * to the commander (and its author); concluding freezes it all, so later changes move only the next conclusion. Each
 * test owns its month of 2013 and removes its items and inspections afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewSituationTest {

	private static final String MARK = "ReviewSituationTest";

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	ReviewMonthPage pages;

	@Autowired
	MonthSituation situation;

	@AfterAll
	void removeTheItemsAndInspections() {
		jdbc.update("delete from situation_item where summary like ?", MARK + "%");
		jdbc.update("delete from marker_inspection where note = ?", MARK);
	}

	/** An item straight into the register; its summary names the test. */
	private String item(String commune, LocalDate on, String category, String severity, String status,
			boolean restricted, String what) {
		String summary = MARK + " " + what;
		jdbc.update("""
				insert into situation_item (commune_id, occurred_on, category_id, source, severity, summary, status,
				  restricted, recorded_by)
				select ?, ?, c.id, 'RESIDENT', ?, ?, ?, ?, ? from situation_category c where c.code = ?""",
				fixtures.communeId(commune), Date.valueOf(on), severity, summary, status, restricted,
				restricted ? "chihuy.ramai" : "xa.danhoa", category);
		return summary;
	}

	/** An inspection of one of Ra Mai's markers standing in the commune. */
	private long inspect(String commune, int nth, LocalDate on) {
		long marker = jdbc.queryForObject("""
				select m.id from border_marker m join border_post p on p.id = m.post_id
				where p.code = 'RAMAI' and m.commune_id = ? order by m.position, m.id offset ? limit 1""", Long.class,
				fixtures.communeId(commune), nth);
		jdbc.update("""
				insert into marker_inspection (marker_id, inspected_on, condition, inspected_by, note, recorded_by)
				values (?, ?, 'INTACT', 'Tổ tuần tra', ?, 'canbo.ramai')""", marker, Date.valueOf(on), MARK);
		return marker;
	}

	private long markers(String commune) {
		return jdbc.queryForObject("""
				select count(*) from border_marker m join border_post p on p.id = m.post_id
				where p.code = 'RAMAI' and m.commune_id = any(?)""", Long.class,
				(Object) new Long[] { fixtures.communeId(commune) });
	}

	private MonthSituation.View view(String username, YearMonth month) {
		return situation.page(users.load(username), pages.month(users.load(username), "RAMAI", month), VI);
	}

	private String page(String username, YearMonth month) {
		return Pages.main(Pages.text(mvc.get().uri("/reviews/RAMAI/" + month).with(users.as(username)).exchange(), 200));
	}

	private MockMvcRequestBuilder commander(String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as("chihuy.ramai")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	private static MonthSituation.Row row(MonthSituation.View v, String commune, String category) {
		return v.rows().stream().filter(r -> r.commune().equals(commune) && r.category().equals(category)).findFirst()
			.orElseThrow(() -> new AssertionError("no row " + commune + " / " + category + " in " + v.rows()));
	}

	@Test
	void theMonthPageOpensWithItsSituationEachReaderSeeingOnlyWhatTheyMay() {
		YearMonth m = YearMonth.of(2013, 7);
		String smuggling = item("DANHOA2025", m.atDay(3), "SMUGGLING", "SERIOUS", "FOLLOWING", false, "buôn lậu 07");
		String drugs = item("TRONGHOA", m.atDay(9), "DRUGS", "ROUTINE", "HANDLED", false, "ma túy đã xử lý 07");
		String secret = item("DANHOA2025", m.atDay(12), "ILLEGAL_CROSSING", "URGENT", "FOLLOWING", true,
				"đường dây đưa người qua biên giới 07");
		String tuyenLam = item("TUYENLAM", m.atDay(20), "OTHER", "NOTABLE", "NEW", false, "gia súc thả rông 07");
		inspect("DANHOA2025", 0, m.atDay(15));

		MonthSituation.View v = view("chihuy.ramai", m);
		assertThat(v.frozen()).isFalse();
		assertThat(v.total().items()).isEqualTo(4);
		// the restricted item counts, under no severity and not as followed
		assertThat(v.total().restricted()).isEqualTo(1);
		assertThat(v.total().followed()).isEqualTo(2);
		// a record of former Trọng Hóa counts for Dân Hóa, the commune it was merged into
		assertThat(row(v, "Dân Hóa", "Ma túy").items()).isEqualTo(1);
		assertThat(row(v, "Dân Hóa", "Buôn lậu, gian lận thương mại").bySeverity()).containsExactly(0L, 0L, 1L, 0L);
		assertThat(row(v, "Dân Hóa", "Xuất nhập cảnh trái phép").restricted()).isEqualTo(1);
		assertThat(row(v, "Tuyên Lâm", "Khác").followed()).isEqualTo(1);
		MonthSituation.Coverage danHoa = v.coverage().stream().filter(c -> c.commune().equals("Dân Hóa")).findFirst()
			.orElseThrow();
		assertThat(danHoa.markers()).isEqualTo(markers("DANHOA2025"));
		assertThat(danHoa.inspected()).isEqualTo(1);
		// the commander reads every item still followed, the restricted one too
		assertThat(v.followed().items()).extracting(i -> i.summary()).contains(smuggling, secret, tuyenLam)
			.doesNotContain(drugs);

		String commander = page("chihuy.ramai", m);
		assertThat(commander).contains("id=\"review-situation\"").contains(secret).contains(smuggling);
		assertThat(commander.indexOf("id=\"review-situation\"")).as("the page opens with the situation")
			.isLessThan(commander.indexOf("id=\"review-submissions\""));

		// the post's cadre: the same counts, the restricted item's content nowhere (not even its status)
		MonthSituation.View cadre = view("canbo.ramai", m);
		assertThat(cadre.total().items()).isEqualTo(4);
		assertThat(cadre.followed().items()).extracting(i -> i.summary()).contains(smuggling, tuyenLam)
			.doesNotContain(secret);
		assertThat(page("canbo.ramai", m)).contains(smuggling).doesNotContain(secret);
		assertThat(page("admin", m)).contains(smuggling).doesNotContain(secret);

		// the commune's official: their commune only
		MonthSituation.View official = view("xa.danhoa", m);
		assertThat(official.total().items()).isEqualTo(3);
		assertThat(official.rows()).allMatch(r -> r.commune().equals("Dân Hóa"));
		assertThat(page("xa.danhoa", m)).contains(smuggling).doesNotContain(secret).doesNotContain(tuyenLam);

		// the provincial command: the counts, never an item
		assertThat(view("tinh.quangtri", m).followed()).isNull();
		assertThat(page("tinh.quangtri", m)).contains("id=\"review-situation-figures\"")
			.doesNotContain("id=\"review-followed\"").doesNotContain(MARK);
	}

	@Test
	void concludingFreezesTheSituationAndTheCoverageAndTheConclusionPrintsThemWithoutAnyItem() throws IOException {
		YearMonth m = YearMonth.of(2013, 5);
		String base = "/reviews/RAMAI/" + m;
		String smuggling = item("DANHOA2025", m.atDay(2), "SMUGGLING", "SERIOUS", "FOLLOWING", false, "buôn lậu 05");
		item("TUYENLAM", m.atDay(6), "RESIDENT_DISPUTE", "ROUTINE", "HANDLED", false, "tranh chấp 05");
		String secret = item("DANHOA2025", m.atDay(8), "DRUGS", "URGENT", "FOLLOWING", true, "tin hạn chế 05");
		inspect("DANHOA2025", 0, m.atDay(10));
		String assessment = "Tình hình an ninh, trật tự tháng 5 cơ bản ổn định; tiếp tục theo dõi vụ buôn lậu ở bản Ón.";
		assertThat(commander(base + "/conclusions", "version", "0", "texts[BORDER_SOVEREIGNTY]", "Giữ vững.",
				"situation", assessment)).hasStatus3xxRedirection();
		assertThat(page("chihuy.ramai", m)).contains(assessment);
		assertThat(commander(base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"concludedOn", "2013-06-03", "reason", "Báo cáo miệng tại giao ban")).hasStatus3xxRedirection();
		assertThat(fixtures.reviewStatus(m)).isEqualTo("CONCLUDED");

		MonthSituation.View frozen = view("chihuy.ramai", m);
		assertThat(frozen.frozen()).isTrue();
		assertThat(frozen.total().items()).isEqualTo(3);
		assertThat(frozen.total().followed()).isEqualTo(1);
		assertThat(frozen.followed()).as("a concluded month lists no live items").isNull();
		long inspected = frozen.coverageTotal().inspected();
		assertThat(inspected).isEqualTo(1);
		assertThat(page("chihuy.ramai", m)).contains("(đã chốt khi kết luận)");

		// the printed conclusion opens with the situation: counts, coverage, the commander's words; no item
		String pdf = pdfText(base + "/pdf");
		assertThat(pdf).contains("I. TÌNH HÌNH AN NINH, TRẬT TỰ VÀ ĐƯỜNG BIÊN, CỘT MỐC")
			.contains("Trong tháng ghi nhận 3 tin, vụ việc").contains("bản Ón")
			.contains("Kiểm tra cột mốc: 1/").doesNotContain(MARK);
		assertThat(pdf.indexOf("I. TÌNH HÌNH AN NINH")).isLessThan(pdf.indexOf("II. KẾT LUẬN THEO TỪNG NỘI DUNG"));

		// later changes do not move the concluded month: an item added, one handled, another marker inspected
		item("TUYENLAM", m.atDay(20), "OTHER", "NOTABLE", "NEW", false, "ghi muộn 05");
		jdbc.update("update situation_item set status = 'HANDLED' where summary = ?", smuggling);
		inspect("TUYENLAM", 0, m.atDay(21));
		MonthSituation.View after = view("chihuy.ramai", m);
		assertThat(after.total().items()).isEqualTo(3);
		assertThat(after.total().followed()).isEqualTo(1);
		assertThat(after.coverageTotal().inspected()).isEqualTo(1);
		assertThat(pdfText(base + "/pdf")).contains("Trong tháng ghi nhận 3 tin, vụ việc");

		// reopened: live again; concluded again: a second edition with the new figures, the first kept
		assertThat(commander(base + "/reopen", "version", String.valueOf(fixtures.reviewVersion(m)), "reason",
				"Bổ sung tin ghi muộn")).hasStatus3xxRedirection();
		MonthSituation.View live = view("chihuy.ramai", m);
		assertThat(live.frozen()).isFalse();
		assertThat(live.total().items()).isEqualTo(4);
		assertThat(live.total().followed()).isEqualTo(1); // the late NEW one; the smuggling item was handled
		assertThat(live.coverageTotal().inspected()).isEqualTo(2);
		assertThat(commander(base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"concludedOn", "2013-06-05", "reason", "Báo cáo miệng tại giao ban")).hasStatus3xxRedirection();
		assertThat(frozenItems(m, 1)).isEqualTo(3);
		assertThat(frozenItems(m, 2)).isEqualTo(4);
		assertThat(view("chihuy.ramai", m).coverageTotal().inspected()).isEqualTo(2);
		assertThat(secret).isNotBlank();
	}

	@Test
	void aCommunesMonthlyReportListsItsItemsOfTheMonth() {
		YearMonth m = YearMonth.of(2013, 9);
		String own = item("DANHOA2025", m.atDay(4), "SMUGGLING", "NOTABLE", "FOLLOWING", false, "tin của xã 09");
		String former = item("TRONGHOA", m.atDay(5), "DRUGS", "ROUTINE", "HANDLED", false, "tin của Trọng Hóa cũ 09");
		String secret = item("DANHOA2025", m.atDay(6), "HUMAN_TRAFFICKING", "SERIOUS", "NEW", true, "tin hạn chế 09");
		String other = item("TUYENLAM", m.atDay(7), "OTHER", "ROUTINE", "NEW", false, "tin của Tuyên Lâm 09");
		String uri = "/reviews/RAMAI/" + m + "/submissions/" + fixtures.communeId("DANHOA2025");

		String official = Pages.main(Pages.text(mvc.get().uri(uri).with(users.as("xa.danhoa")).exchange(), 200));
		assertThat(official).contains("id=\"submission-situation\"").contains(own).contains(former)
			.contains("(Trọng Hóa (Minh Hóa))").contains("Tin hạn chế").doesNotContain(secret).doesNotContain(other);
		assertThat(Pages.main(Pages.text(mvc.get().uri(uri).with(users.as("chihuy.ramai")).exchange(), 200)))
			.contains(own).contains(secret);
		String viewer = Pages.main(Pages.text(mvc.get().uri(uri).with(users.as("tinh.quangtri")).exchange(), 200));
		assertThat(viewer).contains("Trong tháng có 3 tin, vụ việc").doesNotContain(MARK)
			.doesNotContain("id=\"submission-situation\"");
	}

	private long frozenItems(YearMonth m, int edition) {
		return jdbc.queryForObject("""
				select coalesce(sum(f.items), 0) from review_situation_figure f join review_edition e on e.id = f.edition_id
				join monthly_review r on r.id = e.review_id where r.post_id = ? and r.month = ? and e.edition = ?""",
				Long.class, fixtures.postId(), Date.valueOf(m.atDay(1)), edition);
	}

	private String pdfText(String uri) throws IOException {
		byte[] bytes = mvc.get().uri(uri).with(users.as("tinh.quangtri")).exchange().getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			// the lines joined as one text: a sentence may wrap anywhere between its words
			return PdfLines.of(doc).stream().map(PdfLines.Line::text).collect(Collectors.joining(" "));
		}
	}

}
