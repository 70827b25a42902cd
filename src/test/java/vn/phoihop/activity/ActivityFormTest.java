package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * The activity form as issue 21 asks: a resend of a saved form is answered with the first record (and a page can
 * ask whether a kept draft was saved), a date in a concluded month is refused as soon as it is chosen, the only
 * agreement and the type's content area are proposed without overriding a choice, photos go with the form in its
 * transaction, and "Người ghi" is a person's name.
 */
@IntegrationTest
class ActivityFormTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

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

	private long danHoa() {
		return fixtures.communeId("DANHOA2025");
	}

	private int countTitled(String title) {
		return jdbc.queryForObject("select count(*) from activity where title = ?", Integer.class, title);
	}

	private int attachmentsOf(String title) {
		return jdbc.queryForObject("select count(*) from activity_attachment t join activity a on a.id = t.activity_id "
				+ "where a.title = ?", Integer.class, title);
	}

	private long idOf(String title) {
		return jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
	}

	/** A complete outreach form of xa.danhoa as name/value pairs; {@code overrides} replace (or, empty, remove) one. */
	private static Map<String, String> outreach(ActivityFixtures fixtures, String title, String... overrides) {
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
		return p;
	}

	/** The form posted as the browser posts it (multipart: it may carry photos). */
	private MockMultipartMvcRequestBuilder post(Map<String, String> params, MockMultipartFile... photos) {
		MockMultipartMvcRequestBuilder b = mvc.post().uri("/activities").multipart();
		for (MockMultipartFile photo : photos) {
			b.file(photo);
		}
		b.with(users.as("xa.danhoa")).with(csrf());
		params.forEach(b::param);
		return b;
	}

	private MockMvcRequestBuilder fields(String query) {
		return mvc.get().uri("/activities/form-fields?" + query).with(users.as("xa.danhoa")).header("HX-Request", "true");
	}

	// ---- item 3: a resend of a saved form, and the question a page with a kept draft asks

	@Test
	void aResentFormIsAnsweredWithTheFirstRecordEvenWhenItsDraftWasChangedMeanwhile() {
		String title = ActivityFixtures.unique("Gửi lại bản nháp");
		Map<String, String> form = outreach(fixtures, title);
		assertThat(post(form)).hasStatus3xxRedirection();
		long id = idOf(title);
		// the draft restored and sent again, with a count corrected: the server has the record, nothing new is made
		form.put("attendeeCount", "36");
		form.put("title", title + " sửa");
		assertThat(post(form)).hasStatus3xxRedirection().hasRedirectedUrl("/activities/" + id)
			.flash().containsEntry("success", "activity.duplicate");
		assertThat(countTitled(title)).isEqualTo(1);
		assertThat(countTitled(title + " sửa")).isZero();
	}

	@Test
	void aPageWithAKeptDraftLearnsWhetherItsTokenSavedARecordInTheUsersOwnScopeOnly() {
		String title = ActivityFixtures.unique("Đã lưu nhưng mất trả lời");
		Map<String, String> form = outreach(fixtures, title);
		String token = form.get("token");
		assertThat(post(form)).hasStatus3xxRedirection();
		long id = idOf(title);
		assertThat(mvc.get().uri("/activities/sent?token=" + token).with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText()
			.contains("data-sent")
			.contains("href=\"/activities/" + id + "\"")
			.contains("đã được lưu")
			.containsPattern("data-fresh-token=\"[0-9a-f-]{36}\"");
		// a token not used yet, another person's token, no token: nothing to say
		for (String[] ask : new String[][] { { "xa.danhoa", UUID.randomUUID().toString() }, { "canbo.ramai", token },
				{ "xa.tuyenlam", token }, { "xa.danhoa", "" } }) {
			assertThat(mvc.get().uri("/activities/sent?token=" + ask[1]).with(users.as(ask[0]))).hasStatusOk()
				.bodyText()
				.doesNotContain("data-sent");
		}
		assertThat(mvc.get().uri("/activities/sent?token=" + token).with(users.as("tinh.quangtri"))).hasStatus(403);
		// the activity's own page tells the browser to drop a draft the server has
		assertThat(mvc.get().uri("/activities/" + id).with(users.as("xa.danhoa"))).bodyText()
			.contains("data-draft-clear=\"activity\"")
			.contains("data-draft-check=\"/activities/sent\"");
	}

	@Test
	void theFormKeepsItsOneTimeTokenWithADraftButNeverTheCsrfToken() {
		assertThat(mvc.get().uri("/activities/new").with(users.as("xa.danhoa"))).bodyText()
			.containsPattern("<input type=\"hidden\" data-draft-keep data-draft-token id=\"token\" name=\"token\" value=\"[0-9a-f-]{36}\">")
			.contains("data-draft-check=\"/activities/sent\"")
			.containsPattern("<div data-draft-slot role=\"status\" aria-live=\"polite\">")
			.doesNotContainPattern("name=\"_csrf\"[^>]*data-draft-keep");
	}

	// ---- item 5: said early

	@Test
	void aDayInAConcludedMonthIsRefusedAsSoonAsItIsChosen() {
		YearMonth concluded = YearMonth.now().minusMonths(3);
		assertThat(lock.isLocked(danHoa(), concluded)).as("the demo data concluded the months before this one").isTrue();
		String day = concluded.atDay(10).toString();
		assertThat(fields("type=OUTREACH&communeId=" + danHoa() + "&activityDate=" + day)).hasStatusOk()
			.bodyText()
			.contains("id=\"activityDate-check\"")
			.containsPattern("id=\"activityDate-check\"[^>]*hx-swap-oob=\"true\"")
			.contains("của xã này đã được kết luận và khóa: không thể ghi hoạt động vào tháng này")
			.contains("id=\"type-fields\"");
		assertThat(fields("type=OUTREACH&communeId=" + danHoa() + "&activityDate=" + LocalDate.now().plusDays(2)))
			.bodyText()
			.contains("Ngày hoạt động không được ở tương lai");
		// a day of the open month: nothing to say, and the check next to the date is emptied
		assertThat(fields("type=OUTREACH&communeId=" + danHoa() + "&activityDate=" + LocalDate.now())).bodyText()
			.containsPattern("<div[^>]* id=\"activityDate-check\"[^>]*></div>")
			.doesNotContain("đã được kết luận");
		// the end of a range: before its start, or in the future, said as soon as it is chosen too
		assertThat(fields("type=OUTREACH&communeId=" + danHoa() + "&activityDate=" + LocalDate.now() + "&dateTo="
				+ LocalDate.now().minusDays(3)))
			.bodyText()
			.containsPattern("id=\"dateTo-check\"[^>]*hx-swap-oob=\"true\"><div class=\"invalid-feedback d-block\">"
					+ "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.</div>");
		// without JavaScript the "update the form" button says it too, nothing saved
		String title = ActivityFixtures.unique("Tháng đã kết luận");
		assertThat(post(outreach(fixtures, title, "activityDate", day, "action", "update"))).hasStatusOk()
			.bodyText()
			.contains("không thể ghi hoạt động vào tháng này");
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void theOnlyAgreementAndTheTypesContentAreaAreProposed() {
		long agreement = fixtures.agreement2026("DANHOA2025");
		assertThat(mvc.get().uri("/activities/new").with(users.as("xa.danhoa"))).bodyText()
			.contains("<option value=\"" + agreement + "\" selected=\"selected\"")
			.contains("<option value=\"OUTREACH_LEGAL\" selected=\"selected\"")
			.containsPattern("name=\"proposedAgreementId\" value=\"" + agreement + "\"")
			.containsPattern("name=\"proposedContentArea\" value=\"OUTREACH_LEGAL\"");
		String today = "&communeId=" + danHoa() + "&activityDate=" + LocalDate.now();
		// the type changes: the proposal follows it
		for (String[] typeArea : new String[][] { { "PATROL", "BORDER_SOVEREIGNTY" },
				{ "INSPECTION", "BORDER_SOVEREIGNTY" }, { "HOUSEHOLD_VISIT", "ECONOMY_POVERTY" },
				{ "ECONOMIC_SUPPORT", "ECONOMY_POVERTY" }, { "MEETING", "POLITICAL_SYSTEM" },
				{ "FOREIGN_AFFAIRS", "FOREIGN_AFFAIRS" } }) {
			assertThat(fields("type=" + typeArea[0] + today + "&agreementId=" + agreement + "&proposedAgreementId="
					+ agreement + "&contentArea=OUTREACH_LEGAL&proposedContentArea=OUTREACH_LEGAL"))
				.bodyText()
				.as(typeArea[0])
				.contains("<option value=\"" + typeArea[1] + "\" selected=\"selected\"");
		}
		// a content area the user chose stays; one they emptied stays empty; an agreement they took off stays off
		assertThat(fields("type=PATROL" + today + "&contentArea=CULTURE_SOCIETY&proposedContentArea=OUTREACH_LEGAL"))
			.bodyText()
			.contains("<option value=\"CULTURE_SOCIETY\" selected=\"selected\"")
			.doesNotContain("<option value=\"BORDER_SOVEREIGNTY\" selected=\"selected\"");
		assertThat(fields("type=PATROL" + today + "&contentArea=&proposedContentArea=OUTREACH_LEGAL&agreementId="
				+ "&proposedAgreementId=" + agreement))
			.bodyText()
			.doesNotContain("selected=\"selected\"");
		// a day no agreement covers: none proposed, and the proposal silently withdrawn
		assertThat(fields("type=OUTREACH&communeId=" + danHoa() + "&activityDate=2016-06-15&agreementId=" + agreement
				+ "&proposedAgreementId=" + agreement)).bodyText()
			.doesNotContain("<option value=\"" + agreement + "\"")
			.doesNotContain("agreementId-gone");
		// an agreement the user chose that no longer applies on the new day: said next to it, not dropped in silence
		assertThat(fields("type=OUTREACH&communeId=" + danHoa() + "&activityDate=2016-06-15&agreementId=" + agreement
				+ "&proposedAgreementId=")).bodyText()
			.contains("Quy chế đã chọn không áp dụng cho xã và ngày này, nên đã được bỏ chọn");
	}

	@Test
	void aFormSentBackWithItsErrorsShowsWhatWasSentNotAProposal() {
		String title = ActivityFixtures.unique("Không đề xuất lại");
		assertThat(post(outreach(fixtures, title, "type", "PATROL", "contentArea", "", "agreementId", "",
				"proposedContentArea", "BORDER_SOVEREIGNTY")))
			.hasStatusOk()
			.bodyText()
			.contains("Hãy chọn nội dung phối hợp")
			.doesNotContain("<option value=\"BORDER_SOVEREIGNTY\" selected=\"selected\"");
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void whatTheFormProposedFollowsTheValuesSentWhenItCouldNotAskAgain() {
		// no JavaScript (or the fields' request lost on a weak link): the form was drawn for today and an outreach,
		// then the day moved to 2015 (no agreement then; a month no other test counts) and the type to a patrol, and
		// it was sent as it was
		long agreement = fixtures.agreement2026("DANHOA2025");
		String title = ActivityFixtures.unique("Đề xuất theo giá trị gửi");
		LocalDate day = LocalDate.of(2015, 3, 10);
		assertThat(post(outreach(fixtures, title, "type", "PATROL", "attendeeCount", "", "borderGuard", "3",
				"activityDate", day.toString(), "proposedAgreementId", String.valueOf(agreement),
				"proposedContentArea", "OUTREACH_LEGAL")))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForMap("select agreement_id, content_area from activity where title = ?", title))
			.containsEntry("agreement_id", null)
			.containsEntry("content_area", "BORDER_SOVEREIGNTY");
		// a choice the user made is saved as made
		String chosen = ActivityFixtures.unique("Lựa chọn giữ nguyên");
		assertThat(post(outreach(fixtures, chosen, "contentArea", "CULTURE_SOCIETY", "proposedContentArea",
				"OUTREACH_LEGAL", "proposedAgreementId", String.valueOf(agreement)))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select content_area from activity where title = ?", String.class, chosen))
			.isEqualTo("CULTURE_SOCIETY");
	}

	// ---- item 6: photos with the form

	@Test
	void aPhotoSentWithTheFormIsSavedWithTheActivityOnceEvenWhenTheFormIsSentAgain() {
		String title = ActivityFixtures.unique("Có ảnh trên biểu mẫu");
		Map<String, String> form = outreach(fixtures, title);
		MockMultipartFile photo = new MockMultipartFile("photos", "buoi-tuyen-truyen.png", "image/png", PNG);
		MockMultipartFile same = new MockMultipartFile("photos", "buoi-tuyen-truyen.png", "image/png", PNG);
		assertThat(post(form, photo, same)).hasStatus3xxRedirection()
			.flash().containsEntry("success", "activity.submitted");
		assertThat(countTitled(title)).isEqualTo(1);
		assertThat(attachmentsOf(title)).as("the same file sent twice in one form is kept once").isEqualTo(1);
		// sent again (a lost answer, a restored draft): the record already saved, no second photo
		assertThat(post(form, photo)).hasStatus3xxRedirection().hasRedirectedUrl("/activities/" + idOf(title));
		assertThat(countTitled(title)).isEqualTo(1);
		assertThat(attachmentsOf(title)).isEqualTo(1);
		assertThat(mvc.get().uri("/activities/" + idOf(title)).with(users.as("xa.danhoa"))).bodyText()
			.contains("buoi-tuyen-truyen.png");
	}

	@Test
	void aRefusedPhotoIsSaidNextToItsFieldAndNothingIsSaved() {
		String title = ActivityFixtures.unique("Ảnh giả");
		byte[] exe = { 'M', 'Z', 0, 0 };
		assertThat(post(outreach(fixtures, title), new MockMultipartFile("photos", "anh.jpg", "image/jpeg", exe)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"photos-error\"")
			.contains("kiểm tra theo nội dung tệp")
			.contains("hãy chọn lại ảnh")
			.contains(ActivityRulesTest.kept(title));
		assertThat(countTitled(title)).isZero();
		// a form with an error elsewhere: its photo is not saved either (nothing half-saved)
		assertThat(post(outreach(fixtures, title, "attendeeCount", "9999"),
				new MockMultipartFile("photos", "anh.png", "image/png", PNG)))
			.hasStatusOk()
			.bodyText()
			.contains("Hãy nhập số nguyên từ 0 đến 5.000");
		assertThat(countTitled(title)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from activity_attachment where filename = 'anh.png' "
				+ "and activity_id not in (select id from activity)", Integer.class)).isZero();
		MockMultipartFile[] six = new MockMultipartFile[6];
		for (int i = 0; i < six.length; i++) {
			byte[] png = PNG.clone();
			png[png.length - 1] = (byte) i;
			six[i] = new MockMultipartFile("photos", "anh-" + i + ".png", "image/png", png);
		}
		assertThat(post(outreach(fixtures, title), six)).hasStatusOk()
			.bodyText()
			.contains("Chỉ đính kèm tối đa 5 tệp mỗi lần gửi");
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void aFormSentByTheBrowserScriptIsAnsweredWithWhereToGoAndTheMessageKeptForThere() {
		String title = ActivityFixtures.unique("Gửi bằng XHR");
		var sent = post(outreach(fixtures, title), new MockMultipartFile("photos", "a.png", "image/png", PNG))
			.header("X-Requested-With", "XMLHttpRequest")
			.exchange();
		long id = idOf(title);
		assertThat(sent).hasStatusOk().flash().containsEntry("success", "activity.submitted");
		assertThat(sent.getResponse().getHeader("X-Location")).isEqualTo("/activities/" + id);
		assertThat(attachmentsOf(title)).isEqualTo(1);
		// a refused form comes back as the form: the script draws it in place, the photo still chosen in the page
		String other = ActivityFixtures.unique("XHR bị từ chối");
		assertThat(post(outreach(fixtures, other, "title", ""), new MockMultipartFile("photos", "a.png", "image/png", PNG))
			.header("X-Requested-With", "XMLHttpRequest"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"activity-form\"")
			.contains("Hãy nhập tiêu đề")
			.doesNotContain("data-photos-not-kept");
	}

	// ---- item 8: "Người ghi" is a person's name

	@Test
	void loggedByIsThePersonsFullNameOnThePageInTheFilterAndInTheCsv() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Activity a = fixtures.patrol(users.load("xa.danhoa"), "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1),
				"Người ghi " + marker);
		assertThat(mvc.get().uri("/activities/" + a.getId()).with(users.as("xa.danhoa"))).bodyText()
			.contains("id=\"logged-by\">Cao Thị Hoa<");
		assertThat(mvc.get().uri("/activities").with(users.as("chihuy.ramai"))).bodyText()
			.contains("<option value=\"xa.danhoa\">Cao Thị Hoa</option>")
			.contains("<option value=\"canbo.ramai\">Hồ Văn Nam</option>");
		var csv = mvc.get().uri("/activities/export?q=" + marker).with(users.as("xa.danhoa")).exchange();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains(",Cao Thị Hoa,").doesNotContain("xa.danhoa");
	}

}
