package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.phoihop.plan.PlanFixtures.html;
import static vn.phoihop.plan.PlanFixtures.unique;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** Plans end to end: drafting, approving (the commander only), the lock, the officials' part, results and reasons. */
@IntegrationTest
class PlanTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	PlanFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new PlanFixtures(jdbc);
	}

	MvcTestResult addItem(String user, long plan, int month, String communeCode, String lead, String title) {
		return mvc.post().uri("/plans/" + plan + "/items").with(users.as(user)).with(csrf())
			.param("title", title).param("contentArea", "OUTREACH_LEGAL").param("month", String.valueOf(month))
			.param("communeId", String.valueOf(fx.commune(communeCode))).param("ledBy", lead)
			.param("expectedParticipants", "40").exchange();
	}

	int version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Integer.class, id);
	}

	@Test
	void theCommanderDraftsAPlanAddsAMonthsItemAndApprovesIt() {
		long agreement = fx.agreement();
		var created = mvc.post().uri("/plans").with(users.as("chihuy.ramai")).with(csrf())
			.param("agreementId", String.valueOf(agreement)).param("year", "2012").exchange();
		assertThat(created).hasStatus3xxRedirection();
		long plan = jdbc.queryForObject("select id from coordination_plan where agreement_id = ? and year = 2012",
				Long.class, agreement);
		assertThat(created).hasRedirectedUrl("/plans/" + plan);
		// the same year again is refused next to the field
		var again = mvc.post().uri("/plans").with(users.as("canbo.ramai")).with(csrf())
			.param("agreementId", String.valueOf(agreement)).param("year", "2012").exchange();
		assertThat(html(again)).contains("Quy chế này đã có kế hoạch của năm đó.");
		// a year outside the agreement's period, too
		assertThat(html(mvc.post().uri("/plans").with(users.as("canbo.ramai")).with(csrf())
			.param("agreementId", String.valueOf(agreement)).param("year", "2031").exchange()))
			.contains("Năm kế hoạch phải nằm trong thời hạn của quy chế (2008–2030).");

		// approving an empty plan is refused
		mvc.post().uri("/plans/" + plan + "/approve").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", String.valueOf(version("coordination_plan", plan))).exchange();
		assertThat(fx.planStatus(plan)).isEqualTo("DRAFT");

		String title = unique("Tuyên truyền Luật Biên phòng");
		assertThat(addItem("canbo.ramai", plan, 3, "TRONGHOA", "POST", title)).hasStatus3xxRedirection();
		long item = jdbc.queryForObject("select id from planned_item where title = ?", Long.class, title);
		assertThat(fx.audited("PlannedItem", item, "CREATE")).isEqualTo(1);
		assertThat(html(mvc.get().uri("/plans/" + plan).with(users.as("canbo.ramai")).exchange()))
			.contains(title, "Tháng 3/2012", "Dự thảo", "dự kiến 40 người");

		var approved = mvc.post().uri("/plans/" + plan + "/approve").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", String.valueOf(version("coordination_plan", plan))).exchange();
		assertThat(approved).hasRedirectedUrl("/plans/" + plan);
		assertThat(fx.planStatus(plan)).isEqualTo("APPROVED");
		assertThat(fx.audited("CoordinationPlan", plan, "APPROVE")).isEqualTo(1);
		assertThat(html(mvc.get().uri("/plans/" + plan).with(users.as("xa.danhoa")).exchange()))
			.contains(title, "Đã phê duyệt", "Phê duyệt: Phạm Minh Dũng");
	}

	@Test
	void onlyThePostsCommanderApprovesOrReturnsThePlan() {
		long plan = fx.plan(fx.agreement(), 2011, false);
		fx.item(plan, 5, "TRONGHOA", Lead.POST, unique("Tuần tra"));
		for (String user : new String[] { "canbo.ramai", "xa.danhoa", "tinh.quangtri", "admin" }) {
			assertThat(mvc.post().uri("/plans/" + plan + "/approve").with(users.as(user)).with(csrf())
				.param("version", "0")).as(user).hasStatus(403);
		}
		assertThat(fx.planStatus(plan)).isEqualTo("DRAFT");
		assertThat(html(mvc.get().uri("/plans/" + plan).with(users.as("canbo.ramai")).exchange()))
			.doesNotContain("id=\"plan-approve\"");
		assertThat(html(mvc.get().uri("/plans/" + plan).with(users.as("chihuy.ramai")).exchange()))
			.contains("id=\"plan-approve\"");
	}

	@Test
	void anApprovedPlanKeepsItsItemsUntilTheCommanderReturnsItToDraftWithAReason() {
		long plan = fx.plan(fx.agreement(), 2010, true);
		long item = fx.item(plan, 6, "TRONGHOA", Lead.POST, unique("Giao ban"));
		String title = unique("Nội dung thêm");
		var refused = addItem("canbo.ramai", plan, 7, "TRONGHOA", "POST", title);
		assertThat(html(refused)).contains("Kế hoạch đã phê duyệt nên không sửa nội dung được.");
		assertThat(jdbc.queryForObject("select count(*) from planned_item where title = ?", Integer.class, title)).isZero();
		// the edit page sends back to the item, with the reason
		assertThat(mvc.get().uri("/plans/" + plan + "/items/" + item + "/edit").with(users.as("canbo.ramai")))
			.hasRedirectedUrl("/plans/" + plan + "/items/" + item);

		var noReason = mvc.post().uri("/plans/" + plan + "/reopen").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", String.valueOf(version("coordination_plan", plan))).param("reason", " ").exchange();
		assertThat(html(noReason)).contains("Vui lòng nhập thông tin này.");
		assertThat(fx.planStatus(plan)).isEqualTo("APPROVED");
		assertThat(mvc.post().uri("/plans/" + plan + "/reopen").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", String.valueOf(version("coordination_plan", plan)))
			.param("reason", "Bổ sung nội dung tháng 7")).hasRedirectedUrl("/plans/" + plan);
		assertThat(fx.planStatus(plan)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select reason from audit_event where entity_type = 'CoordinationPlan' "
				+ "and entity_id = ? and action = 'REOPEN'", String.class, plan)).isEqualTo("Bổ sung nội dung tháng 7");
		assertThat(addItem("canbo.ramai", plan, 7, "TRONGHOA", "POST", title)).hasStatus3xxRedirection();
	}

	@Test
	void aCommuneOfficialProposesOnlyTheItemsTheirCommuneLeads() {
		long plan = fx.plan(fx.agreement(), 2013, false);
		String title = unique("Ra quân làm đường");
		assertThat(html(addItem("xa.danhoa", plan, 4, "THANHHOA", "COMMUNE", title)))
			.contains("Bạn không thêm nội dung cho xã này.");
		assertThat(html(addItem("xa.danhoa", plan, 4, "TRONGHOA", "POST", title)))
			.contains("Cán bộ xã chỉ đề xuất nội dung do xã chủ trì.");
		assertThat(addItem("xa.danhoa", plan, 4, "TRONGHOA", "COMMUNE", title)).hasStatus3xxRedirection();
		long item = jdbc.queryForObject("select id from planned_item where title = ?", Long.class, title);
		// and may change it while the plan is a draft, but not an item the post leads
		long postItem = fx.item(plan, 4, "TRONGHOA", Lead.POST, unique("Tuần tra"));
		assertThat(mvc.get().uri("/plans/" + plan + "/items/" + item + "/edit").with(users.as("xa.danhoa")))
			.hasStatusOk();
		assertThat(mvc.get().uri("/plans/" + plan + "/items/" + postItem + "/edit").with(users.as("xa.danhoa")))
			.hasStatus(403);
		// the provincial command reads the plan, changes nothing
		assertThat(mvc.get().uri("/plans/" + plan).with(users.as("tinh.quangtri"))).hasStatusOk();
		assertThat(addItem("tinh.quangtri", plan, 4, "TRONGHOA", "COMMUNE", unique("x"))).hasStatus(403);
	}

	@Test
	void aCommuneOfficialCannotReadOrChangeAnotherCommunesItemsByTheirAddress() {
		long plan = fx.plan(fx.agreement(), 2014, true);
		String theirs = unique("Tuyên truyền ở Thanh Hóa");
		long item = fx.item(plan, 2, "THANHHOA", Lead.COMMUNE, theirs);
		String own = unique("Tuyên truyền ở Trọng Hóa");
		fx.item(plan, 2, "TRONGHOA", Lead.COMMUNE, own);
		String page = html(mvc.get().uri("/plans/" + plan).with(users.as("xa.danhoa")).exchange());
		assertThat(page).contains(own).doesNotContain(theirs);
		String base = "/plans/" + plan + "/items/" + item;
		assertThat(mvc.get().uri(base).with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.get().uri(base + "/edit").with(users.as("xa.danhoa"))).hasStatus(404);
		assertThat(mvc.post().uri(base).with(users.as("xa.danhoa")).with(csrf()).param("title", "x")
			.param("month", "2").param("contentArea", "OUTREACH_LEGAL").param("ledBy", "COMMUNE")
			.param("communeId", String.valueOf(fx.commune("THANHHOA")))).hasStatus(404);
		assertThat(mvc.post().uri(base + "/status").with(users.as("xa.danhoa")).with(csrf()).param("status", "DONE")
			.param("version", "0")).hasStatus(404);
		assertThat(mvc.post().uri(base + "/delete").with(users.as("xa.danhoa")).with(csrf()).param("version", "0"))
			.hasStatus(404);
		assertThat(fx.status(item)).isEqualTo("OPEN");
		// the item of another plan's address is not found either
		long other = fx.plan(fx.agreement(), 2014, true);
		assertThat(mvc.get().uri("/plans/" + other + "/items/" + item).with(users.as("chihuy.ramai"))).hasStatus(404);
		// the official of that commune reads it
		assertThat(html(mvc.get().uri(base).with(users.as("xa.tuyenlam")).exchange())).contains(theirs);
	}

	@Test
	void partlyDoneAndNotDoneNeedTheirReason() {
		long plan = fx.plan(fx.agreement(), 2012, true);
		long item = fx.item(plan, 8, "TRONGHOA", Lead.COMMUNE, unique("Thăm gia đình chính sách"));
		String base = "/plans/" + plan + "/items/" + item;
		var refused = mvc.post().uri(base + "/status").with(users.as("xa.danhoa")).with(csrf())
			.param("version", String.valueOf(version("planned_item", item))).param("status", "NOT_DONE")
			.param("reason", "").exchange();
		assertThat(html(refused)).contains("Vui lòng ghi lý do khi nội dung thực hiện một phần hoặc chưa thực hiện.");
		assertThat(fx.status(item)).isEqualTo("OPEN");
		assertThat(mvc.post().uri(base + "/status").with(users.as("xa.danhoa")).with(csrf())
			.param("version", String.valueOf(version("planned_item", item))).param("status", "PARTLY_DONE")
			.param("reason", "Mưa lũ, mới thực hiện ở hai thôn")).hasRedirectedUrl(base);
		assertThat(fx.status(item)).isEqualTo("PARTLY_DONE");
		assertThat(html(mvc.get().uri(base).with(users.as("chihuy.ramai")).exchange()))
			.contains("Thực hiện một phần", "Mưa lũ, mới thực hiện ở hai thôn", "Cao Thị Hoa");
		assertThat(fx.audited("PlannedItem", item, "STATUS")).isEqualTo(1);
		// done needs none
		assertThat(mvc.post().uri(base + "/status").with(users.as("canbo.ramai")).with(csrf())
			.param("version", String.valueOf(version("planned_item", item))).param("status", "DONE"))
			.hasRedirectedUrl(base);
		assertThat(fx.status(item)).isEqualTo("DONE");
	}

	@Test
	void theResultOfAnItemWaitsForItsMonth() {
		int next = LocalDate.now().getYear() + 1;
		long plan = fx.plan(fx.agreement(), next, true);
		long item = fx.item(plan, 1, "TRONGHOA", Lead.POST, unique("Hội nghị triển khai"));
		String base = "/plans/" + plan + "/items/" + item;
		assertThat(html(mvc.get().uri(base).with(users.as("chihuy.ramai")).exchange()))
			.doesNotContain("id=\"status-form\"").contains("Chưa đến tháng thực hiện");
		assertThat(html(mvc.post().uri(base + "/status").with(users.as("chihuy.ramai")).with(csrf())
			.param("version", String.valueOf(version("planned_item", item))).param("status", "DONE").exchange()))
			.contains("Chưa đến tháng thực hiện nên chưa ghi kết quả được.");
		assertThat(fx.status(item)).isEqualTo("OPEN");
	}

	@Test
	void theDemoDataHasRaMaisApprovedPlansOfLastYearAndThisYear() {
		int year = LocalDate.now().getYear();
		var plans = jdbc.queryForList("""
				select p.year, count(i.id) items, count(i.id) filter (where i.status in ('PARTLY_DONE', 'NOT_DONE')
				  and i.status_reason is not null) with_reason
				from coordination_plan p join border_post bp on bp.id = p.post_id join planned_item i on i.plan_id = p.id
				where bp.code = 'RAMAI' and p.status = 'APPROVED' and p.created_by = 'chihuy.ramai' and p.year >= ?
				group by p.id, p.year order by p.year, p.id""", year - 1);
		assertThat(plans).extracting(r -> ((Number) r.get("year")).intValue())
			.containsExactly(year - 1, year - 1, year, year);
		assertThat(plans).allSatisfy(r -> assertThat(((Number) r.get("items")).intValue()).isEqualTo(18));
		assertThat(plans.get(0).get("with_reason")).isEqualTo(5L); // last year's: every month past
		assertThat(jdbc.queryForObject("select count(*) from activity a join planned_item i on i.id = a.planned_item_id "
				+ "join coordination_plan p on p.id = i.plan_id where p.year = ?", Integer.class, year - 1))
			.isGreaterThan(5);
	}

}
