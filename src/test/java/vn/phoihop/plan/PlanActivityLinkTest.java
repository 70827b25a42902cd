package vn.phoihop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.phoihop.plan.PlanFixtures.html;
import static vn.phoihop.plan.PlanFixtures.unique;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Logging an activity under a planned item: the form offers the month's open items of approved plans, the activity
 * keeps the link (which marks nothing done), the item and the calendar show it, and an item the form could not offer
 * is refused next to its field.
 */
@IntegrationTest
class PlanActivityLinkTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	PlanFixtures fx;

	long agreement;

	long plan;

	@BeforeEach
	void fixtures() {
		fx = new PlanFixtures(jdbc);
		agreement = fx.agreement();
		plan = fx.plan(agreement, 2012, true);
	}

	MvcTestResult log(String user, String communeCode, String oldCommuneCode, String day, Long item, String title) {
		long village = jdbc.queryForObject("select min(v.id) from village v join commune c on c.id = v.commune_id "
				+ "where c.code = ?", Long.class, oldCommuneCode);
		var post = mvc.post().uri("/activities").with(users.as(user)).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("type", "OUTREACH")
			.param("communeId", String.valueOf(fx.commune(communeCode))).param("activityDate", day)
			.param("villageIds", String.valueOf(village)).param("agreementId", String.valueOf(agreement))
			.param("contentArea", "OUTREACH_LEGAL").param("title", title).param("attendeeCount", "35")
			.param("action", "submit");
		if (item != null) {
			post = post.param("plannedItemId", String.valueOf(item));
		}
		return post.exchange();
	}

	Long linkOf(String title) {
		return jdbc.queryForObject("select planned_item_id from activity where title = ?", Long.class, title);
	}

	@Test
	void theFormOffersTheMonthsOpenItemsAndTheActivityKeepsTheLinkWithoutMarkingTheItemDone() {
		String march = unique("Tuyên truyền tháng 3");
		long item = fx.item(plan, 3, "TRONGHOA", Lead.COMMUNE, march);
		String april = unique("Tuyên truyền tháng 4");
		fx.item(plan, 4, "TRONGHOA", Lead.COMMUNE, april);
		String done = unique("Đã xong tháng 3");
		long doneItem = fx.item(plan, 3, "TRONGHOA", Lead.COMMUNE, done);
		jdbc.update("update planned_item set status = 'DONE' where id = ?", doneItem);
		String draft = unique("Dự thảo tháng 3");
		fx.item(fx.plan(fx.agreement(), 2012, false), 3, "TRONGHOA", Lead.COMMUNE, draft);
		String thanhHoa = unique("Thanh Hóa tháng 3");
		fx.item(plan, 3, "THANHHOA", Lead.COMMUNE, thanhHoa);

		String fields = html(mvc.get().uri("/activities/form-fields?type=OUTREACH&communeId=" + fx.commune("DANHOA2025")
				+ "&activityDate=15/03/2012").with(users.as("xa.danhoa")).exchange());
		assertThat(fields).contains("id=\"plannedItemId\"", march).doesNotContain(april, done, draft, thanhHoa);

		String title = unique("Buổi tuyên truyền theo kế hoạch");
		MvcTestResult saved = log("xa.danhoa", "DANHOA2025", "TRONGHOA", "15/03/2012", item, title);
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(linkOf(title)).isEqualTo(item);
		assertThat(fx.status(item)).isEqualTo("OPEN");
		long activity = jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		assertThat(html(mvc.get().uri("/activities/" + activity).with(users.as("xa.danhoa")).exchange()))
			.contains("id=\"planned-item-link\"", "03/2012 · " + march);
		assertThat(html(mvc.get().uri("/plans/" + plan + "/items/" + item).with(users.as("chihuy.ramai")).exchange()))
			.contains(title);
		// the provincial command reads the item, never the activity record (docs/design.md §6)
		assertThat(html(mvc.get().uri("/plans/" + plan + "/items/" + item).with(users.as("tinh.quangtri")).exchange()))
			.contains(march).doesNotContain(title);

		// the month's calendar shows both, to those who read them
		String calendar = html(mvc.get().uri("/calendar?month=2012-03").with(users.as("xa.danhoa")).exchange());
		assertThat(calendar).contains(march, title, "/plans/" + plan + "/items/" + item, "/activities/" + activity)
			.doesNotContain(thanhHoa);
		String post = html(mvc.get().uri("/calendar?month=2012-03&post=RAMAI").with(users.as("chihuy.ramai")).exchange());
		assertThat(post).contains(march, thanhHoa, title);
		String viewer = html(mvc.get().uri("/calendar?month=2012-03&post=RAMAI").with(users.as("tinh.quangtri"))
			.exchange());
		assertThat(viewer).contains(march).doesNotContain(title);
		assertThat(html(mvc.get().uri("/calendar?month=2012-03").with(users.as("xa.tuyenlam")).exchange()))
			.contains(thanhHoa).doesNotContain(march, title);

		// an item with an activity linked is not deleted (its plan back in draft)
		jdbc.update("update coordination_plan set status = 'DRAFT', approved_at = null where id = ?", plan);
		var refused = mvc.post().uri("/plans/" + plan + "/items/" + item + "/delete").with(users.as("chihuy.ramai"))
			.with(csrf()).param("version", "0").exchange();
		assertThat(refused).hasRedirectedUrl("/plans/" + plan + "/items/" + item);
		assertThat(refused.getMvcResult().getFlashMap().get("error")).isEqualTo("plan.item.delete.linked");
		assertThat(fx.status(item)).isEqualTo("OPEN");
	}

	@Test
	void anItemOfAnotherMonthOrCommuneIsRefusedNextToItsField() {
		String march = unique("Tuần tra tháng 3");
		long item = fx.item(plan, 3, "TRONGHOA", Lead.POST, march);
		String title = unique("Tuyên truyền tháng 4");
		String page = html(log("xa.danhoa", "DANHOA2025", "TRONGHOA", "02/04/2012", item, title));
		assertThat(page).contains("Nội dung kế hoạch này không thuộc tháng, xã hoặc quy chế của hoạt động.");
		assertThat(jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title)).isZero();
		// another commune's official cannot link their activity to it by sending its id
		String other = unique("Tuyên truyền ở Tuyên Lâm");
		assertThat(html(log("xa.tuyenlam", "TUYENLAM", "THANHHOA", "20/03/2012", item, other)))
			.contains("Nội dung kế hoạch này không thuộc tháng, xã hoặc quy chế của hoạt động.")
			.doesNotContain(march);
		// without a link the same activity is saved
		assertThat(log("xa.danhoa", "DANHOA2025", "TRONGHOA", "02/04/2012", null, title)).hasStatus3xxRedirection();
		assertThat(linkOf(title)).isNull();
	}

}
