package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/** The log's filters and totals agree with direct SQL on the demo data; the article's 2017–2020 figures hold. */
@IntegrationTest
class ActivityLogTest {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityLog log;

	@Autowired
	ActivityLogTotals totals;

	private static String vi(long n) {
		return String.format(VI, "%,d", n);
	}

	@Test
	void theDemoData2017To2020SumsExactlyToTheArticlesFigures() {
		var outreach = jdbc.queryForMap("""
				select count(*) as n, sum(attendee_count) as people from activity a join commune c on c.id = a.commune_id
				where a.type = 'OUTREACH' and a.activity_date between date '2017-01-01' and date '2020-12-31'
				  and c.code in ('TRONGHOA', 'THANHHOA')""");
		assertThat(((Number) outreach.get("n")).longValue()).isEqualTo(274);
		assertThat(((Number) outreach.get("people")).longValue()).isEqualTo(7512);
		var patrols = jdbc.queryForMap("""
				select count(*) as n, sum(coalesce(part_border_guard,0) + coalesce(part_militia,0) + coalesce(part_police,0)
				  + coalesce(part_resident,0) + coalesce(part_other,0)) as people, min(coalesce(part_border_guard,0)
				  + coalesce(part_militia,0) + coalesce(part_police,0) + coalesce(part_resident,0) + coalesce(part_other,0)) as least
				from activity where type in ('PATROL', 'INSPECTION')
				  and activity_date between date '2017-01-01' and date '2020-12-31'""");
		assertThat(((Number) patrols.get("n")).longValue()).isEqualTo(624);
		assertThat(((Number) patrols.get("people")).longValue()).isEqualTo(2677);
		assertThat(((Number) patrols.get("least")).longValue()).isGreaterThanOrEqualTo(2);
		// spread: every month of the period, both communes, and several forces
		assertThat(jdbc.queryForObject("select count(distinct date_trunc('month', activity_date)) from activity "
				+ "where activity_date between date '2017-01-01' and date '2020-12-31'", Integer.class)).isEqualTo(48);
		assertThat(jdbc.queryForObject("select count(*) from activity where activity_date < date '2021-01-01' "
				+ "and coalesce(part_militia, 0) > 0", Integer.class)).isPositive();
	}

	@Test
	void demoRecordsFrom2021FollowTheMergeAndStopAtLastMonth() {
		assertThat(jdbc.queryForObject("""
				select count(*) from activity a join commune c on c.id = a.commune_id
				where a.created_by = 'demo' and a.activity_date >= date '2025-07-01' and c.code not in ('DANHOA2025', 'TUYENLAM')""",
				Integer.class)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from activity a join commune c on c.id = a.commune_id
				where a.created_by = 'demo' and a.activity_date < date '2025-07-01' and c.code not in ('TRONGHOA', 'THANHHOA')""",
				Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(distinct type) from activity where created_by = 'demo' "
				+ "and activity_date >= date '2021-01-01'", Integer.class)).isEqualTo(8);
		assertThat(jdbc.queryForObject("select max(activity_date) from activity where created_by = 'demo'",
				LocalDate.class)).isBefore(LocalDate.now().withDayOfMonth(1));
		// villages after the merge are those of the predecessors: Trọng Hóa's for Dân Hóa, Thanh Hóa's for Tuyên Lâm
		assertThat(jdbc.queryForObject("""
				select count(*) from activity a join commune c on c.id = a.commune_id
				join activity_village av on av.activity_id = a.id join village v on v.id = av.village_id
				join commune vc on vc.id = v.commune_id
				where a.created_by = 'demo' and c.code = 'DANHOA2025' and vc.code <> 'TRONGHOA'""", Integer.class)).isZero();
	}

	@Test
	void theLogShowsThe2017To2020TotalsForTheCommander() {
		assertThat(mvc.get().uri("/activities?from=2017-01-01&to=2020-12-31").with(users.as("chihuy.ramai")))
			.hasStatusOk()
			.bodyText()
			.contains("274 buổi / 7.512 lượt người")
			.contains("624 đợt tuần tra / 0 đợt kiểm tra")
			.contains("id=\"total-participants\">2.677<");
	}

	@Test
	void aRowShowsTheActivitysDateTypeTitleCommuneFiguresAndStatus() throws Exception {
		var first = jdbc.queryForMap("""
				select a.id, to_char(a.activity_date, 'DD/MM/YYYY') d, a.title, a.attendee_count,
				  c.name || coalesce(' (' || c.former_district || ')', '') as name
				from activity a join commune c on c.id = a.commune_id
				where a.type = 'OUTREACH' and a.status = 'SUBMITTED' and a.attendee_count >= 10
				  and a.activity_date between date '2019-05-01' and date '2019-05-31'
				order by a.activity_date desc, a.id desc limit 1""");
		String page = mvc.get()
			.uri("/activities?type=OUTREACH&status=SUBMITTED&from=2019-05-01&to=2019-05-31")
			.with(users.as("chihuy.ramai"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String row = page.substring(page.indexOf("<tr", page.indexOf("<tbody>")), page.indexOf("</tr>", page.indexOf("<tbody>")));
		assertThat(row).contains(">" + first.get("d") + "<", ">Tuyên truyền, vận động<",
				"href=\"/activities/" + first.get("id") + "\"", ">" + first.get("title") + "<",
				">" + first.get("name") + "<",
				">" + vi(((Number) first.get("attendee_count")).longValue()) + " lượt người nghe<", ">Đã gửi<",
				"Tuyên truyền, vận động · " + first.get("name") + " · Đã gửi");
		// the filter form shows what was chosen, in Vietnamese
		assertThat(page).contains("<option value=\"OUTREACH\" selected=\"selected\">Tuyên truyền, vận động</option>")
			.contains("<option value=\"PATROL\">")
			.contains("<option value=\"SUBMITTED\" selected=\"selected\">Đã gửi</option>")
			.contains("<option value=\"DRAFT\">")
			.contains("<option value=\"canbo.ramai\">Hồ Văn Nam</option>")
			.doesNotContain("<option value=\"canbo.ramai\" selected");
	}

	@Test
	void filtersAndTotalsAgreeWithSql() {
		long thanhHoa = jdbc.queryForObject("select id from commune where code = 'THANHHOA'", Long.class);
		var sql = jdbc.queryForMap("""
				select count(*) as n, coalesce(sum(part_border_guard), 0) as bg, coalesce(sum(part_militia), 0) as mi,
				       coalesce(sum(part_police), 0) as po, coalesce(sum(part_resident), 0) as re
				from activity where commune_id = ? and type = 'PATROL'
				  and activity_date between date '2019-01-01' and date '2019-12-31'
				  and search_key(title) like '%' || search_key('duong bien') || '%'""", thanhHoa);
		long n = ((Number) sql.get("n")).longValue();
		assertThat(n).isPositive();
		assertThat(mvc.get().uri("/activities?communeId=" + thanhHoa
				+ "&type=PATROL&from=2019-01-01&to=2019-12-31&q=Đường biên").with(users.as("canbo.ramai")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"total-sessions\">" + vi(n) + "<")
			.contains("· " + vi(n) + " bản ghi")
			.contains("Biên phòng " + vi(((Number) sql.get("bg")).longValue()) + " · Dân quân "
					+ vi(((Number) sql.get("mi")).longValue()) + " · Công an " + vi(((Number) sql.get("po")).longValue())
					+ " · Nhân dân " + vi(((Number) sql.get("re")).longValue()));

		// village, content area, logged by and status filters, against SQL too
		long village = jdbc.queryForObject("select min(v.id) from village v join commune c on c.id = v.commune_id "
				+ "where c.code = 'TRONGHOA'", Long.class);
		long byVillage = jdbc.queryForObject("""
				select count(*) from activity a join activity_village av on av.activity_id = a.id
				where av.village_id = ? and a.content_area = 'OUTREACH_LEGAL' and a.logged_by = 'canbo.ramai'
				  and a.status = 'SUBMITTED'""", Long.class, village);
		ActivityFilter f = new ActivityFilter();
		f.villageId = village;
		f.contentArea = ContentArea.OUTREACH_LEGAL;
		f.loggedBy = "canbo.ramai";
		f.status = ActivityStatus.SUBMITTED;
		assertThat(totals.of(users.load("chihuy.ramai"), f).activities()).isEqualTo(byVillage);
		long listed = 0;
		for (int page = 1; ; page++) {
			int rows = log.lines(users.load("chihuy.ramai"), f, page).size();
			listed += rows;
			if (rows < Paging.SIZE) {
				break;
			}
		}
		assertThat(listed).as("the list's rows over all its pages").isEqualTo(byVillage);
	}

	@Autowired
	ScopeService scopes;

	@Test
	void aPageOfAFewCommunesIsThePageOfTheGenericQuery() {
		CurrentUser user = users.load("chihuy.ramai");
		Scope scope = scopes.scopeOf(user);
		assertThat(scope.communeIds()).hasSizeGreaterThan(1);
		ActivityFilter none = new ActivityFilter();
		ActivityFilter patrols = new ActivityFilter();
		patrols.type = ActivityType.PATROL;
		patrols.from = LocalDate.of(2019, 1, 1);
		patrols.to = LocalDate.of(2021, 6, 30);
		ActivityFilter text = new ActivityFilter();
		text.q = "tuan tra";
		for (ActivityFilter f : new ActivityFilter[] { none, patrols, text }) {
			for (int page : new int[] { 0, 1, 6, 40 }) {
				var pageable = PageRequest.of(page, Paging.SIZE);
				List<Long> generic = log.pageIds(scope, f, pageable);
				// both forms: one ordered index range per commune merged, and the LATERAL form with a sort
				assertThat(log.pageIdsPerCommune(scope, f, pageable, 64)).as("merged, page " + page)
					.isEqualTo(generic);
				assertThat(log.pageIdsPerCommune(scope, f, pageable, 0)).as("lateral, page " + page)
					.isEqualTo(generic);
			}
		}
		assertThat(log.pageIds(scope, none, PageRequest.of(6, Paging.SIZE)))
			.as("the demo data fills page 7").hasSize(Paging.SIZE);
	}

	@Test
	void textSearchIgnoresAccentsAndCase() {
		long accented = jdbc.queryForObject("select count(*) from activity where search_key(title) like '%tuyen truyen luat bien gioi%'", Long.class);
		assertThat(accented).isPositive();
		ActivityFilter f = new ActivityFilter();
		f.q = "TUYEN TRUYEN LUAT BIEN GIOI";
		assertThat(totals.of(users.load("admin"), f).activities()).isEqualTo(accented);
		f.q = Normalizer.normalize("Tuyên truyền Luật Biên giới", Normalizer.Form.NFD);
		assertThat(totals.of(users.load("admin"), f).activities()).isEqualTo(accented);
	}

	@Test
	void sortingAndPagingStayBounded() {
		assertThat(mvc.get().uri("/activities?sort=title&dir=asc&page=3").with(users.as("admin"))).hasStatusOk()
			.bodyText()
			.contains("Trang 3/")
			.contains("aria-label=\"Trang cuối\"");
		assertThat(mvc.get().uri("/activities?type=PATROL").with(users.as("admin")).header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"results\"")
			.doesNotContain("<html");
	}

	@Test
	void csvIsUtf8WithBomAndNeutralisesFormulas() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		fixtures.patrol(users.load("xa.danhoa"), "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1),
				"=HYPERLINK(\"http://x\") " + marker);
		var result = mvc.get().uri("/activities/export?q=" + marker).with(users.as("xa.danhoa")).exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
		assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
		assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(2);
		assertThat(csv).contains("Ngày,").contains("Tuần tra").contains("\"'=HYPERLINK(\"\"http://x\"\") " + marker + "\"");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'Activity'",
				Integer.class)).isPositive();
	}

	@Autowired
	ActivityFixtures fixtures;

}
