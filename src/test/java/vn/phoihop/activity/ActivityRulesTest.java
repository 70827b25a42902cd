package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** Each rule of the activity form, hit as a user would: the message next to the field, input kept, nothing saved. */
@IntegrationTest
class ActivityRulesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	MonthLock lock;

	/** The typed title is kept in the re-rendered form (Thymeleaf writes accented letters as entities). */
	static String kept(String uniqueTitle) {
		return uniqueTitle.substring(uniqueTitle.lastIndexOf(' ') + 1) + "\"";
	}

	private int countTitled(String title) {
		return jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title);
	}

	/**
	 * A complete OUTREACH form of xa.danhoa for Dân Hóa, today, under the 2026–2030 agreement; {@code overrides} are
	 * name/value pairs replacing (or, with an empty value, removing) a field.
	 */
	private MockMvcRequestBuilder outreach(String title, String... overrides) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("token", UUID.randomUUID().toString());
		p.put("type", "OUTREACH");
		p.put("activityDate", LocalDate.now().toString());
		p.put("communeId", String.valueOf(fixtures.communeId("DANHOA2025")));
		p.put("villageIds", String.valueOf(fixtures.villageOf("TRONGHOA")));
		p.put("agreementId", String.valueOf(fixtures.agreement2026("DANHOA2025")));
		p.put("contentArea", "OUTREACH_LEGAL");
		p.put("title", title);
		p.put("attendeeCount", "35");
		p.put("action", "submit");
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1].isEmpty()) {
				p.remove(overrides[i]);
			}
			else {
				p.put(overrides[i], overrides[i + 1]);
			}
		}
		MockMvcRequestBuilder b = mvc.post().uri("/activities").with(users.as("xa.danhoa")).with(csrf());
		p.forEach(b::param);
		return b;
	}

	@Test
	void aCompleteFormIsSavedAndRedirectsToTheActivity() {
		String title = ActivityFixtures.unique("Tuyên truyền hợp lệ");
		assertThat(outreach(title)).hasStatus3xxRedirection().redirectedUrl().startsWith("/activities/");
		assertThat(countTitled(title)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from activity where title = ?", String.class, title))
			.isEqualTo("SUBMITTED");
		assertThat(jdbc.queryForObject("select count(*) from audit_event e join activity a on a.id = e.entity_id "
				+ "where e.entity_type = 'Activity' and e.action = 'CREATE' and a.title = ?", Integer.class, title))
			.isEqualTo(1);
	}

	@Test
	void aDateInTheFutureIsRefused() {
		String title = ActivityFixtures.unique("Ngày tương lai");
		assertThat(outreach(title, "activityDate", LocalDate.now().plusDays(1).toString())).hasStatusOk()
			.bodyText()
			.contains("Ngày hoạt động không được ở tương lai")
			.contains(kept(title));
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void aDateOutsideTheChosenAgreementIsRefused() {
		String title = ActivityFixtures.unique("Ngoài hiệu lực");
		// a month the demo data has not concluded (its last 12 months are concluded and locked)
		assertThat(outreach(title, "activityDate", "2025-06-15")).hasStatusOk()
			.bodyText()
			.contains("nằm ngoài thời gian hiệu lực của quy chế đã chọn (01/01/2026 – 31/12/2030)");
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void countsMustBeWholeNumbersWithinSensibleLimits() {
		String title = ActivityFixtures.unique("Số liệu sai");
		assertThat(outreach(title, "attendeeCount", "5001")).hasStatusOk()
			.bodyText()
			.contains("Hãy nhập số nguyên từ 0 đến 5.000")
			.contains("value=\"5001\"");
		assertThat(outreach(title, "attendeeCount", "2.5")).hasStatusOk()
			.bodyText()
			.contains("Vui lòng nhập một số nguyên");
		assertThat(outreach(title, "attendeeCount", "-3")).hasStatusOk()
			.bodyText()
			.contains("Hãy nhập số nguyên từ 0 đến 5.000");
		assertThat(outreach(title, "type", "PATROL", "militia", "1001", "borderGuard", "2"))
			.hasStatusOk()
			.bodyText()
			.contains("Hãy nhập số nguyên từ 0 đến 1.000")
			.contains("value=\"1001\"");
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void aCommuneTheUserMayNotActForIsRefusedEvenByEditingTheFormsIds() {
		String title = ActivityFixtures.unique("Xã khác");
		assertThat(outreach(title, "communeId", String.valueOf(fixtures.communeId("TUYENLAM")), "villageIds", String.valueOf(fixtures.villageOf("THANHHOA")), "agreementId", String.valueOf(fixtures.agreement2026("TUYENLAM")))).hasStatusOk()
			.bodyText()
			.contains("Bạn không được ghi hoạt động cho xã này");
		// the old commune (merged away) is in the official's scope for reading, not for new records
		assertThat(outreach(title, "communeId", String.valueOf(fixtures.communeId("TRONGHOA")))).hasStatusOk()
			.bodyText()
			.contains("Bạn không được ghi hoạt động cho xã này");
		// a village of another commune
		assertThat(outreach(title, "villageIds", String.valueOf(fixtures.villageOf("THANHHOA")))).hasStatusOk()
			.bodyText()
			.contains("Chỉ chọn các thôn, bản của xã đã chọn");
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void aDraftCanBeSavedIncompleteButASubmitNeedsTheMissingFields() {
		String title = ActivityFixtures.unique("Nháp");
		assertThat(outreach("", "villageIds", "", "attendeeCount", "", "contentArea", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Hãy nhập tiêu đề")
			.contains("Hãy chọn ít nhất một thôn, bản")
			.contains("Hãy nhập số lượt người nghe");
		assertThat(outreach(title, "villageIds", "", "attendeeCount", "", "action", "draft"))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select status from activity where title = ?", String.class, title))
			.isEqualTo("DRAFT");
	}

	@Test
	void aDoubleSubmitCreatesOneActivity() {
		String title = ActivityFixtures.unique("Bấm hai lần");
		String token = UUID.randomUUID().toString();
		var first = outreach(title, "token", token).exchange();
		var second = outreach(title, "token", token).exchange();
		assertThat(first).hasStatus3xxRedirection();
		assertThat(second).hasStatus3xxRedirection();
		assertThat(countTitled(title)).isEqualTo(1);
		Long id = jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		assertThat(second.getMvcResult().getResponse().getRedirectedUrl()).isEqualTo("/activities/" + id);
		assertThat(second).flash().containsEntry("success", "activity.duplicate");
	}

	@Test
	void anEditOnAnOlderVersionShowsTheStaleMessageAndKeepsTheInput() {
		var user = users.load("xa.danhoa");
		Activity a = fixtures.patrol(user, "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1),
				ActivityFixtures.unique("Sửa cũ"));
		jdbc.update("update activity set version = version + 1 where id = ?", a.getId());
		assertThat(mvc.post().uri("/activities").with(users.as("xa.danhoa")).with(csrf())
			.param("id", String.valueOf(a.getId())).param("version", String.valueOf(a.getVersion()))
			.param("type", "PATROL").param("activityDate", a.getActivityDate().toString())
			.param("communeId", String.valueOf(a.getCommuneId()))
			.param("villageIds", String.valueOf(fixtures.villageOf("TRONGHOA")))
			.param("contentArea", "BORDER_SOVEREIGNTY").param("title", "Tieu de moi giu lai")
			.param("borderGuard", "4").param("action", "submit")).hasStatusOk()
			.bodyText()
			.contains("vừa được người khác thay đổi")
			.contains("value=\"Tieu de moi giu lai\"");
		assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, a.getId()))
			.isEqualTo(a.getTitle());
	}

	@Test
	void anActivityInALockedMonthCannotBeEditedNorLogged() {
		var user = users.load("xa.danhoa");
		LocalDate day = LocalDate.of(2026, 2, 10);
		long commune = fixtures.communeId("DANHOA2025");
		YearMonth month = YearMonth.of(2026, 2);
		// the demo data concluded (and locked) this month: unlock it to log the record first
		jdbc.update("delete from activity_month_lock where commune_id = ? and month = date '2026-02-01'", commune);
		Activity a = fixtures.patrol(user, "DANHOA2025", "TRONGHOA", day, ActivityFixtures.unique("Tháng khóa"));
		activitiesLock(commune, month, true);
		try {
			assertThat(lock.isLocked(commune, month)).isTrue();
			assertThat(mvc.post().uri("/activities").with(users.as("xa.danhoa")).with(csrf())
				.param("id", String.valueOf(a.getId())).param("version", String.valueOf(a.getVersion()))
				.param("type", "PATROL").param("activityDate", day.toString())
				.param("communeId", String.valueOf(commune))
				.param("villageIds", String.valueOf(fixtures.villageOf("TRONGHOA")))
				.param("contentArea", "BORDER_SOVEREIGNTY").param("title", "Đổi khi đã khóa")
				.param("borderGuard", "4").param("action", "submit")).hasStatusOk()
				.bodyText()
				.contains("Tháng 02/2026 của xã này đã được kết luận và khóa");
			assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, a.getId()))
				.isEqualTo(a.getTitle());
			String title = ActivityFixtures.unique("Ghi vào tháng khóa");
			assertThat(outreach(title, "activityDate", "2026-02-20")).hasStatusOk()
				.bodyText()
				.contains("không thể ghi hoạt động vào tháng này");
			assertThat(countTitled(title)).isZero();
			assertThat(mvc.get().uri("/activities/" + a.getId()).with(users.as("xa.danhoa"))).bodyText()
				.contains("đã được Đảng ủy Đồn kết luận và khóa");
		}
		finally {
			activitiesLock(commune, month, false);
		}
		assertThat(lock.isLocked(commune, month)).isFalse();
	}

	@Autowired
	TransactionTemplate tx;

	private long ramai() {
		return jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
	}

	private void activitiesLock(long commune, YearMonth month, boolean locked) {
		tx.executeWithoutResult(s -> {
			if (locked) {
				lock.lock(ramai(), List.of(commune), month);
			}
			else {
				lock.unlock(ramai(), List.of(commune), month);
			}
		});
	}

	@Test
	void theFormAdaptsToTheTypeWithHtmxAndWithoutJavaScript() {
		long commune = fixtures.communeId("DANHOA2025");
		assertThat(mvc.get().uri("/activities/form-fields?type=PATROL&communeId=" + commune + "&activityDate="
				+ LocalDate.now()).with(users.as("xa.danhoa")).header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("id=\"type-fields\"")
			.contains("name=\"militia\"")
			.doesNotContain("name=\"attendeeCount\"")
			.doesNotContain("<html");
		String title = ActivityFixtures.unique("Đổi loại");
		assertThat(outreach(title, "type", "INSPECTION", "action", "update")).hasStatusOk()
			.bodyText()
			.contains("name=\"borderGuard\"")
			.doesNotContain("name=\"attendeeCount\"")
			.doesNotContain("Hãy nhập")
			.contains(kept(title));
		assertThat(countTitled(title)).isZero();
		assertThat(mvc.get().uri("/activities/new").with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText()
			.contains("hx-get=\"/activities/form-fields\"")
			.contains("name=\"action\" value=\"update\"")
			.contains("name=\"token\"");
	}

	@Test
	void viewersAndAdminsCannotLogActivities() {
		assertThat(mvc.get().uri("/activities/new").with(users.as("tinh.quangtri"))).hasStatus(403);
		String title = ActivityFixtures.unique("Người xem");
		assertThat(mvc.post().uri("/activities").with(users.as("tinh.quangtri")).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("type", "MEETING")
			.param("activityDate", LocalDate.now().toString()).param("title", title)).hasStatus(403);
		assertThat(countTitled(title)).isZero();
	}

}
