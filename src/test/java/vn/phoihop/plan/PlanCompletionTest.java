package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.plan.PlanFixtures.html;
import static vn.phoihop.plan.PlanFixtures.unique;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The plans' completion per commune and content area, as the month's review and the period report show it: items of
 * approved plans only, done over planned, cut to the reader. 2009 is this test's year: no other test plans for it.
 */
@IntegrationTest
class PlanCompletionTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanCompletion completion;

	PlanFixtures fx;

	/** The test's agreement, its plans made once for the class (the month's figures of the post count them all). */
	static long agreement;

	@BeforeEach
	void fixtures() {
		fx = new PlanFixtures(jdbc);
		if (agreement != 0) {
			return;
		}
		agreement = fx.agreement();
		long plan = fx.plan(agreement, 2009, true);
		status(fx.item(plan, 3, "TRONGHOA", Lead.COMMUNE, unique("a")), "DONE");
		status(fx.item(plan, 3, "TRONGHOA", Lead.POST, unique("b")), "NOT_DONE");
		status(fx.item(plan, 3, "TRONGHOA", Lead.POST, unique("c")), "PARTLY_DONE");
		fx.item(plan, 3, "TRONGHOA", Lead.POST, unique("d"));
		jdbc.update("update planned_item set content_area = 'BORDER_SOVEREIGNTY' where title like 'd %' and plan_id = ?",
				plan);
		status(fx.item(plan, 3, "THANHHOA", Lead.COMMUNE, unique("e")), "DONE");
		status(fx.item(plan, 5, "THANHHOA", Lead.COMMUNE, unique("f")), "DONE");
		// a draft plan counts for nothing
		fx.item(fx.plan(fx.agreement(), 2009, false), 3, "TRONGHOA", Lead.POST, unique("g"));
	}

	void status(long item, String status) {
		jdbc.update("update planned_item set status = ?, status_reason = 'lý do', status_on = date '2009-03-31' "
				+ "where id = ?", status, item);
	}

	@Test
	void theMonthOfThePostCountsItsApprovedItemsPerCommuneAndContentArea() {
		long post = jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
		PlanCompletion.Table t = completion.ofPostMonth(users.load("chihuy.ramai"), post, YearMonth.of(2009, 3));
		assertThat(t.total()).isEqualTo(new PlanCompletion.Counts(5, 2, 1, 1, 1));
		assertThat(t.total().percentDone()).isEqualTo(40);
		List<String> rows = t.rows().stream().map(r -> r.commune() + "|" + r.contentArea() + "|" + r.counts()).toList();
		assertThat(rows).containsExactly(
				"Thanh Hóa (Tuyên Hóa)|OUTREACH_LEGAL|Counts[planned=1, done=1, partly=0, notDone=0, open=0]",
				"Trọng Hóa (Minh Hóa)|BORDER_SOVEREIGNTY|Counts[planned=1, done=0, partly=0, notDone=0, open=1]",
				"Trọng Hóa (Minh Hóa)|OUTREACH_LEGAL|Counts[planned=3, done=1, partly=1, notDone=1, open=0]");
		// an official reads their commune's
		PlanCompletion.Table own = completion.ofPostMonth(users.load("xa.tuyenlam"), post, YearMonth.of(2009, 3));
		assertThat(own.total()).isEqualTo(new PlanCompletion.Counts(1, 1, 0, 0, 0));
		assertThat(own.rows()).extracting(PlanCompletion.Row::contentArea).containsExactly(ContentArea.OUTREACH_LEGAL);
	}

	@Test
	void aPeriodCountsTheItemsOfItsMonths() {
		Set<Long> both = Set.of(fx.commune("TRONGHOA"), fx.commune("THANHHOA"));
		assertThat(completion.ofCommunes(both, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31), agreement).total())
			.isEqualTo(new PlanCompletion.Counts(6, 3, 1, 1, 1));
		// a period ending on 15 April holds April's month whole, not May's
		assertThat(completion.ofCommunes(both, LocalDate.of(2009, 3, 20), LocalDate.of(2009, 4, 15), agreement).total()
			.planned()).isEqualTo(5);
		assertThat(completion.ofCommunes(Set.of(fx.commune("THANHHOA")), LocalDate.of(2009, 1, 1),
				LocalDate.of(2009, 12, 31), agreement).total()).isEqualTo(new PlanCompletion.Counts(2, 2, 0, 0, 0));
	}

	@Test
	void theReviewAndTheReportShowIt() throws Exception {
		// the review's page asks for the month's completion once drawn; without JavaScript, a link to it
		String review = html(mvc.get().uri("/reviews/RAMAI/2009-03").with(users.as("chihuy.ramai")).exchange());
		assertThat(review).contains("id=\"review-plan-completion\"", "hx-get=\"/plans/completion?post=RAMAI&month=2009-03");
		String asked = html(mvc.get().uri("/plans/completion?post=RAMAI&month=2009-03&id=review-plan-completion")
			.header("HX-Request", "true").with(users.as("chihuy.ramai")).exchange());
		assertThat(asked).startsWith("<section").contains("id=\"review-plan-completion\"", "40%")
			.doesNotContain("<nav");
		assertThat(html(mvc.get().uri("/plans/completion?post=RAMAI&month=2009-03").with(users.as("xa.tuyenlam"))
			.exchange())).contains("Kết quả thực hiện kế hoạch", "100%").doesNotContain("40%");
		String report = "/reports/period?agreement=" + agreement + "&from=2009-01-01&to=2009-12-31";
		assertThat(html(mvc.get().uri(report).with(users.as("chihuy.ramai")).exchange()))
			.contains("id=\"report-plan-completion\"", "50%");
		byte[] xlsx = mvc.get().uri(report + "&format=xlsx").with(users.as("chihuy.ramai")).exchange().getResponse()
			.getContentAsByteArray();
		List<String> total = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheets().filter(s -> s.getName().equals("Kết quả thực hiện kế hoạch")).findFirst()
				.orElseThrow();
			for (Row row : sheet.read()) {
				if (row.getCellText(0).equals("Tổng cộng")) {
					row.forEach(c -> total.add(c == null ? "" : c.getText()));
				}
			}
		}
		assertThat(total).containsExactly("Tổng cộng", "", "6", "3", "1", "1", "1", "50");
	}

}
