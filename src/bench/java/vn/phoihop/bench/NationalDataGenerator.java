package vn.phoihop.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.phoihop.review.FrozenFigures;

/**
 * Fills an empty database with a national data set for the benchmark (issue 8, docs/performance.md):
 * {@code --app.generate=national} (500 posts, 1,500 communes, 15,000 villages, 1,500,000 households,
 * 5,000,000 activities 2017–2026, agreements, groups, models, cadres, users, the border's markers and their
 * inspections, the situation register's items, a monthly review per post and month from 2017-01 to last month with
 * its submissions, conclusions, targets, tasks and frozen figures and situation) or
 * {@code --app.generate=small} (1/50 of that). Set-based SQL only ({@code INSERT ... SELECT ... FROM
 * generate_series}); every "random" value is a hash of the row's index ({@code hashint8extended(i, salt)}), so two
 * runs produce the same data (the reviews run up to last month, so they depend on the month of the run). Secondary
 * indexes and foreign keys of the loaded tables are dropped during the load and recreated afterwards (in two
 * sessions, one per core), then everything is vacuumed and analysed. The application exits when done.
 * Registered by {@link BenchApplication} when {@code app.generate} is set (with demo data off); not in the production
 * jar. It runs when the application has started, before the application's runners: those would otherwise create the
 * first administrator (or refuse to start without one) on the empty database.
 */
class NationalDataGenerator implements ApplicationListener<ApplicationStartedEvent> {

	static final String PASSWORD = "Demo@2026";

	/** The tables filled in bulk: their secondary indexes and foreign keys are dropped around the load. */
	static final List<String> BULK_TABLES = List.of("household", "household_poverty", "activity", "activity_village",
			"self_managed_group", "self_managed_group_household", "economic_model", "economic_model_household",
			"assignment", "cadre", "app_user", "village", "commune", "agreement_commune", "agreement_target",
			"agreement_content_area", "post_coverage", "monthly_review", "review_conclusion", "review_target",
			"commune_submission", "review_task", "review_edition", "review_figure", "activity_month_lock",
			"activity_month_total", "household_poverty_total", "household_village_total", "household_member",
			"programme_beneficiary", "programme_support", "programme_support_month", "programme_support_year",
			"economic_model_support",
			"economic_model_result", "economic_model_livestock");

	/**
	 * Loaded tables whose primary key and unique constraints are dropped too and rebuilt afterwards (only those no
	 * foreign key depends on): the review tables' children, 1,700,000 rows nationally. Checked row by row during the
	 * load, their keys cost about as much as computing the rows (the figures' arrive in hash order).
	 */
	static final List<String> BULK_KEYS = List.of("review_figure", "review_conclusion", "review_target",
			"commune_submission", "review_task", "activity_month_lock");

	static final String[] PROVINCES = { "Lai Châu", "Điện Biên", "Sơn La", "Lào Cai", "Tuyên Quang", "Cao Bằng",
			"Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi",
			"Gia Lai", "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Tây Ninh", "Đồng Tháp", "An Giang", "Cà Mau", "Khánh Hòa",
			"Hải Phòng", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Hà Nội", "Hồ Chí Minh",
			"Cần Thơ", "Vĩnh Long" };

	static final String SYLLABLES = sqlArray("Trọng", "Hóa", "Dân", "Lâm", "Thanh", "Tân", "Hòa", "Bình", "Sơn",
			"Minh", "Phú", "Yên", "Hưng", "Long", "Phong", "Quang", "Thượng", "Trung", "Hạ", "Nậm", "Mường", "Pá",
			"Na", "Bản", "Khe", "Tà", "A", "Ia", "Đắk", "Vĩnh", "Xuân", "Đông", "Tây", "Nam", "Bắc", "Kim", "Hồng",
			"Cát", "Thạch", "Lộc");

	/** Family names, weighted roughly as in the border provinces (Nguyễn frequent, ethnic-minority names too). */
	static final String FAMILY = sqlArray("Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
			"Phạm", "Hoàng", "Hồ", "Vi", "Lò", "Lường", "Cầm", "Giàng", "Sùng", "Thào", "Vàng", "Hà", "Đinh", "Cao",
			"Bùi", "Đặng", "Lý", "Nông", "Hoàng", "Y", "Rơ Châm", "Kpă", "Thạch", "Danh");

	static final String MIDDLE = sqlArray("Văn", "Văn", "Thị", "Thị", "Minh", "Đức", "A", "Seo", "Mí", "Hữu");

	static final String GIVEN = sqlArray("Dũng", "Hoa", "Nam", "Lâm", "Tiến", "Mây", "Pó", "Dinh", "Hùng", "Lan",
			"Thắng", "Sáng", "Chinh", "Sinh", "Páo", "Chứ", "Xuân", "Thu", "Bình", "Đạt", "Khánh", "Mai", "Tú", "Vinh",
			"Cường", "Hiền", "Phương", "Sính", "Blúp", "Kơ");

	static final String ETHNICITY = sqlArray(weighted(new Object[][] { { "KINH", 30 }, { "TAY", 12 }, { "THAI", 12 },
			{ "HMONG", 12 }, { "DAO", 7 }, { "NUNG", 7 }, { "MUONG", 5 }, { "KHMER", 5 }, { "GIA_RAI", 5 },
			{ "BRU_VAN_KIEU", 3 }, { "CHUT", 2 } }));

	static final String TYPES = sqlArray(weighted(new Object[][] { { "PATROL", 30 }, { "OUTREACH", 22 },
			{ "HOUSEHOLD_VISIT", 14 }, { "INSPECTION", 12 }, { "MEETING", 10 }, { "ECONOMIC_SUPPORT", 6 },
			{ "FOREIGN_AFFAIRS", 3 }, { "OTHER", 3 } }));

	/** Fewer records around Tết (February) and in the rainy months, more at the year's end. */
	static final String MONTHS = intArray(weighted(new Object[][] { { 1, 9 }, { 2, 5 }, { 3, 9 }, { 4, 9 }, { 5, 9 },
			{ 6, 8 }, { 7, 8 }, { 8, 7 }, { 9, 7 }, { 10, 9 }, { 11, 10 }, { 12, 10 } }));

	/** More records each year (the desk gets adopted), a dip in 2020 (COVID-19). */
	static final String YEARS = intArray(weighted(new Object[][] { { 2017, 8 }, { 2018, 9 }, { 2019, 10 }, { 2020, 8 },
			{ 2021, 10 }, { 2022, 11 }, { 2023, 11 }, { 2024, 11 }, { 2025, 11 }, { 2026, 11 } }));

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private long started;

	NationalDataGenerator(DataSource dataSource, JdbcTemplate jdbc, PasswordEncoder encoder, Environment environment,
			ConfigurableApplicationContext context) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.environment = environment;
		this.context = context;
	}

	/** The sizes of one data set. */
	record Scale(String name, int provinces, int posts, int communesPerPost, int villagesPerCommune,
			int householdsPerVillage, long activities) {

		int communes() {
			return posts * communesPerPost;
		}

		int villages() {
			return communes() * villagesPerCommune;
		}

		long households() {
			return (long) villages() * householdsPerVillage;
		}

		static Scale of(String name) {
			return "small".equals(name) ? new Scale("small", 10, 10, 3, 10, 100, 100_000)
					: new Scale("national", 34, 500, 3, 10, 100, 5_000_000);
		}

	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		Scale scale = Scale.of(environment.getProperty("app.generate"));
		started = System.nanoTime();
		int exit = 0;
		try {
			Integer provinces = jdbc.queryForObject("select count(*) from province", Integer.class);
			if (provinces != null && provinces > 0) {
				progress("The database is not empty (" + provinces + " provinces): nothing generated.");
			}
			else {
				generate(scale);
			}
		}
		catch (Exception ex) {
			progress("FAILED: " + ex);
			ex.printStackTrace();
			exit = 1;
		}
		int code = exit;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private void generate(Scale s) throws Exception {
		progress("Generating the " + s.name() + " data set: " + s.posts() + " posts, " + s.communes() + " communes, "
				+ s.villages() + " villages, " + s.households() + " households, " + s.activities() + " activities");
		tuneServer();
		List<String> rebuild = dropSecondaryIndexesAndForeignKeys();
		progress("dropped " + rebuild.size() + " secondary indexes and foreign keys of the loaded tables");

		territory(s);
		users(s);
		households(s);
		agreements(s);
		activities(s);
		community(s);
		plans(s);
		people(s);
		security(s);
		reviews(s);

		sequences();
		progress("recreating " + rebuild.size() + " indexes and foreign keys (two sessions)");
		parallel(rebuild);
		progress("vacuum + analyze");
		parallel(BULK_TABLES.stream().map(t -> "vacuum (analyze) " + t).collect(Collectors.toList()));
		exec("vacuum (analyze)");
		resetServer();
		progress("done: " + count("activity") + " activities, " + count("household") + " households, "
				+ count("app_user") + " users, " + count("monthly_review") + " monthly reviews. Accounts (password "
				+ PASSWORD + "): chihuy.<post code>, xa.<commune code>, tinh.<province code>, admin; "
				+ "e.g. chihuy.d001, xa.x0001, tinh.p01.");
	}

	// ---- the steps

	private void territory(Scale s) {
		StringBuilder provinces = new StringBuilder();
		for (int p = 1; p <= s.provinces(); p++) {
			provinces.append(p == 1 ? "" : ",").append("(").append(p).append(", 'P").append(String.format("%02d", p))
				.append("', '").append(PROVINCES[p - 1]).append("', 'bench', 'bench')");
		}
		exec("insert into province (id, code, name, created_by, updated_by) values " + provinces);
		exec("""
				insert into border_post (id, code, name, provincial_command, province_id, created_by, updated_by)
				select i, 'D' || lpad(i::text, 3, '0'), 'Đồn Biên phòng ' || %s || ' ' || %s || ' ' || i,
				  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh ' || p.name, p.id, 'bench', 'bench'
				from generate_series(1, %d) i join province p on p.id = 1 + (i - 1) %% %d""".formatted(
				pick(SYLLABLES, "i", 1, 40), pick(SYLLABLES, "i", 2, 40), s.posts(), s.provinces()));
		exec("""
				insert into commune (id, code, name, province_id, created_by, updated_by)
				select i, 'X' || lpad(i::text, 4, '0'), 'Xã ' || %s || ' ' || %s, bp.province_id, 'bench', 'bench'
				from generate_series(1, %d) i join border_post bp on bp.id = 1 + (i - 1) / %d""".formatted(
				pick(SYLLABLES, "i", 3, 40), pick(SYLLABLES, "i", 4, 40), s.communes(), s.communesPerPost()));
		exec("""
				insert into post_coverage (post_id, commune_id, valid_from)
				select 1 + (i - 1) / %d, i, date '2017-01-01' from generate_series(1, %d) i""".formatted(
				s.communesPerPost(), s.communes()));
		exec("""
				insert into village (id, commune_id, name, created_by, updated_by)
				select i, 1 + (i - 1) / %d,
				  (case when i %% 3 = 0 then 'Bản ' else 'Thôn ' end) || %s || ' ' || (1 + (i - 1) %% %d), 'bench', 'bench'
				from generate_series(1, %d) i""".formatted(s.villagesPerCommune(), pick(SYLLABLES, "i", 5, 40),
				s.villagesPerCommune(), s.villages()));
		progress("territory: " + s.provinces() + " provinces, " + s.posts() + " posts, " + s.communes()
				+ " communes, " + s.villages() + " villages");
	}

	/** One bcrypt hash computed here and reused: hashing 2,000 passwords one by one would take minutes. */
	private void users(Scale s) {
		String hash = encoder.encode(PASSWORD).replace("'", "''");
		exec("insert into app_user (username, password_hash, full_name, role, created_by, updated_by) "
				+ "values ('admin', '" + hash + "', 'Quản trị hệ thống', 'ADMIN', 'bench', 'bench')");
		exec("""
				insert into app_user (username, password_hash, full_name, role, post_id, created_by, updated_by)
				select 'chihuy.' || lower(code), '%s', 'Chỉ huy ' || name, 'COMMANDER', id, 'bench', 'bench'
				from border_post""".formatted(hash));
		exec("""
				insert into app_user (username, password_hash, full_name, role, commune_id, created_by, updated_by)
				select 'xa.' || lower(code), '%s', 'Cán bộ ' || name, 'COMMUNE_OFFICIAL', id, 'bench', 'bench'
				from commune""".formatted(hash));
		exec("""
				insert into app_user (username, password_hash, full_name, role, province_id, created_by, updated_by)
				select 'tinh.' || lower(code), '%s', 'Bộ Chỉ huy ' || name, 'VIEWER', id, 'bench', 'bench'
				from province""".formatted(hash));
		// 20 cadres per post; one cadre in charge of each village ("3 bám, 4 cùng")
		exec("""
				insert into cadre (id, post_id, name, rank, position, party_member, created_by, updated_by)
				select i, 1 + (i - 1) / 20, %s || ' ' || %s || ' ' || %s,
				  (array['Thiếu úy','Trung úy','Thượng úy','Đại úy','Thiếu tá','Trung tá'])[1 + abs(hashint8extended(i, 11)) %% 6],
				  (array['Đội trưởng','Cán bộ địa bàn','Cán bộ vận động quần chúng','Chính trị viên phó'])[1 + abs(hashint8extended(i, 12)) %% 4],
				  abs(hashint8extended(i, 13)) %% 10 < 8, 'bench', 'bench'
				from generate_series(1, %d) i""".formatted(pick(FAMILY, "i", 14, 33), pick(MIDDLE, "i", 15, 10),
				pick(GIVEN, "i", 16, 30), s.posts() * 20));
		exec("""
				insert into assignment (cadre_id, village_id, valid_from, created_by, updated_by)
				select ((v.commune_id - 1) / %d) * 20 + 1 + (v.id %% 20), v.id, date '2017-01-01', 'bench', 'bench'
				from village v""".formatted(s.communesPerPost()));
		progress("users: " + count("app_user") + " accounts (one bcrypt hash), " + count("cadre") + " cadres, "
				+ count("assignment") + " village assignments");
	}

	private void households(Scale s) throws Exception {
		long n = s.households();
		List<String> chunks = new ArrayList<>();
		for (long[] r : halves(n)) {
			chunks.add("""
					insert into household (id, commune_id, village_id, head_name, members, ethnicity, phone,
					  poverty_status, escaped_poverty_year, cadre_id, created_by, updated_by)
					select i, 1 + (v - 1) / %d, v, %s || ' ' || %s || ' ' || %s, 1 + abs(hashint8extended(i, 24)) %% 8,
					  %s, case when abs(hashint8extended(i, 25)) %% 3 = 0 then null else '09' || lpad((abs(hashint8extended(i, 26)) %% 100000000)::text, 8, '0') end,
					  case when pv < 10 then 'POOR' when pv < 22 then 'NEAR_POOR' else 'NOT_POOR' end,
					  case when pv between 22 and 29 then 2018 + pv - 22 end,
					  case when abs(hashint8extended(i, 27)) %% 5 = 0 then ((1 + (v - 1) / %d - 1) / %d) * 20 + 1 + abs(hashint8extended(i, 28)) %% 20 end,
					  'bench', 'bench'
					from (select i, 1 + (i - 1) / %d as v, abs(hashint8extended(i, 29)) %% 100 as pv
					      from generate_series(%d, %d) i) g""".formatted(s.villagesPerCommune(),
					pick(FAMILY, "i", 21, 33), pick(MIDDLE, "i", 22, 10), pick(GIVEN, "i", 23, 30),
					pick(ETHNICITY, "i", 30, 100), s.villagesPerCommune(), s.communesPerPost(), s.householdsPerVillage(),
					r[0], r[1]));
		}
		// the counts per village (V047) once after the load, not one trigger call per household
		exec("alter table household disable trigger household_village_total_sync");
		// the counts of changes per commune (V049) only matter to totals an application kept: none during a load
		exec("alter table household disable trigger household_commune_change_count");
		parallel(chunks);
		exec("select household_village_total_rebuild()");
		exec("alter table household enable trigger household_village_total_sync");
		exec("alter table household enable trigger household_commune_change_count");
		progress("households: " + n);
		// poverty history, modest: the households that escaped poverty were poor the year before; its counts (V045)
		// once after the load, not one trigger call per row
		exec("alter table household_poverty disable trigger household_poverty_total_sync");
		exec("""
				insert into household_poverty (household_id, year, status)
				select id, escaped_poverty_year - 1, 'POOR' from household where escaped_poverty_year is not null
				union all
				select id, escaped_poverty_year, 'NOT_POOR' from household where escaped_poverty_year is not null""");
		exec("select household_poverty_total_rebuild()");
		exec("alter table household_poverty enable trigger household_poverty_total_sync");
		progress("poverty history: " + count("household_poverty") + " rows");
	}

	private void agreements(Scale s) {
		// three periods per post, one agreement each, covering the post's communes (docs/design.md §1-2)
		exec("""
				insert into agreement (id, post_id, number, title, signed_on, valid_from, valid_to, post_signatory,
				  commune_signatory, status, created_by, updated_by)
				select (bp.id - 1) * 3 + k, bp.id, k || '/QCPH-' || bp.code,
				  'Quy chế phối hợp giữa Đảng ủy ' || bp.name || ' và Đảng ủy các xã, giai đoạn ' || y1 || '-' || y2,
				  make_date(y1, 1, 5), make_date(y1, 1, 1), make_date(y2, 12, 31), 'Bí thư Đảng ủy ' || bp.name,
				  'Bí thư Đảng ủy xã', case when k = 3 then 'ACTIVE' else 'ENDED' end, 'bench', 'bench'
				from border_post bp
				cross join (values (1, 2017, 2020), (2, 2021, 2025), (3, 2026, 2030)) p(k, y1, y2)""");
		exec("""
				insert into agreement_commune (agreement_id, commune_id)
				select a.id, c.id from agreement a join commune c on 1 + (c.id - 1) / %d = a.post_id"""
			.formatted(s.communesPerPost()));
		exec("""
				insert into agreement_content_area (agreement_id, content_area)
				select a.id, ca from agreement a cross join unnest(array['BORDER_SOVEREIGNTY', 'POLITICAL_SYSTEM',
				  'ECONOMY_POVERTY', 'OUTREACH_LEGAL', 'CULTURE_SOCIETY', 'FOREIGN_AFFAIRS']) ca""");
		exec("""
				insert into agreement_target (agreement_id, position, content_area, indicator, metric, target_value, unit, per)
				select a.id, t.pos, t.area, t.indicator, t.metric, t.value * (extract(year from a.valid_to) - extract(year from a.valid_from) + 1), t.unit, 'PERIOD'
				from agreement a cross join (values
				  (0, 'OUTREACH_LEGAL', 'Số buổi tuyên truyền, vận động nhân dân', 'OUTREACH_SESSIONS', 60, 'buổi'),
				  (1, 'OUTREACH_LEGAL', 'Lượt người dân được tuyên truyền', 'ATTENDEES', 2000, 'lượt người'),
				  (2, 'BORDER_SOVEREIGNTY', 'Số đợt tuần tra bảo vệ biên giới', 'PATROLS', 90, 'đợt'),
				  (3, 'BORDER_SOVEREIGNTY', 'Lượt người tham gia tuần tra', 'PARTICIPANTS', 900, 'lượt người')
				) t(pos, area, indicator, metric, value, unit)""");
		progress("agreements: " + count("agreement") + " (3 periods per post)");
	}

	/**
	 * The activities, skewed over the communes ({@code power(u, 1.5)}: some communes log far more than others).
	 * The power is taken in {@code float8}: in {@code numeric} it cost 36 µs a row, 180 s of CPU for 5,000,000.
	 */
	private void activities(Scale s) throws Exception {
		String end = LocalDate.of(2026, 11, 20).toString();
		// the monthly totals (V043) once after the load, not one trigger call per row during it
		exec("alter table activity disable trigger activity_month_total_sync");
		// the counts of changes per commune (V048) only matter to totals an application kept: none during a load
		exec("alter table activity disable trigger activity_commune_change_count");
		exec("alter table activity_village disable trigger activity_village_change_count");
		List<String> chunks = new ArrayList<>();
		for (long[] r : chunks(s.activities(), 10)) {
			chunks.add("""
					insert into activity (id, type, activity_date, commune_id, agreement_id, content_area, title,
					  description, attendee_count, part_border_guard, part_militia, part_police, part_resident, part_other,
					  logged_by, status, created_at, created_by, updated_at, updated_by)
					select i, type, day, commune,
					  (1 + (commune - 1) / %1$d - 1) * 3 + case when day < date '2021-01-01' then 1 when day < date '2026-01-01' then 2 else 3 end,
					  case type when 'OUTREACH' then 'OUTREACH_LEGAL' when 'PATROL' then 'BORDER_SOVEREIGNTY'
					    when 'INSPECTION' then 'BORDER_SOVEREIGNTY' when 'ECONOMIC_SUPPORT' then 'ECONOMY_POVERTY'
					    when 'MEETING' then 'POLITICAL_SYSTEM' when 'FOREIGN_AFFAIRS' then 'FOREIGN_AFFAIRS' else 'CULTURE_SOCIETY' end,
					  case type
					    when 'OUTREACH' then (array['Tuyên truyền pháp luật về biên giới quốc gia', 'Tuyên truyền phòng, chống ma túy',
					      'Vận động nhân dân không di cư tự do', 'Tuyên truyền phòng, chống mua bán người', 'Tuyên truyền Luật Biên phòng Việt Nam'])[1 + r %% 5]
					    when 'PATROL' then (array['Tuần tra bảo vệ đường biên, cột mốc', 'Tuần tra song phương', 'Tuần tra khu vực cửa khẩu phụ',
					      'Tuần tra truy quét tội phạm'])[1 + r %% 4]
					    when 'INSPECTION' then (array['Kiểm tra, kiểm soát địa bàn', 'Kiểm tra cư trú, tạm trú', 'Kiểm soát người, phương tiện qua lại'])[1 + r %% 3]
					    when 'HOUSEHOLD_VISIT' then (array['Thăm, tặng quà hộ nghèo', 'Giúp dân sửa nhà', 'Thăm hỏi gia đình chính sách'])[1 + r %% 3]
					    when 'ECONOMIC_SUPPORT' then (array['Hỗ trợ giống mít Thái', 'Hỗ trợ giống cam', 'Hỗ trợ nuôi dê sinh sản'])[1 + r %% 3]
					    when 'MEETING' then (array['Giao ban cụm dân cư', 'Giao ban đồn và xã', 'Trao đổi tình hình an ninh'])[1 + r %% 3]
					    when 'FOREIGN_AFFAIRS' then (array['Giao lưu hữu nghị biên giới', 'Hội đàm với lực lượng bảo vệ biên giới nước bạn'])[1 + r %% 2]
					    else 'Hoạt động phối hợp khác' end,
					  case when r %% 4 = 0 then 'Phối hợp với chi bộ thôn và các đoàn thể; đã báo cáo Đảng ủy xã.' end,
					  -- as the application stores them: attendees for outreach only (ActivityType.hasAttendees)
					  case when type = 'OUTREACH' then 10 + r %% 60 end,
					  case when type in ('PATROL', 'INSPECTION') then 2 + r %% 5 end,
					  case when type in ('PATROL', 'INSPECTION') then r %% 4 end,
					  case when type = 'PATROL' then r %% 3 end,
					  case when type in ('PATROL', 'INSPECTION') then (r / 7) %% 6 end,
					  case when type = 'PATROL' then 0 end,
					  case when r %% 10 < 7 then 'xa.x' || lpad(commune::text, 4, '0')
					    else 'chihuy.d' || lpad((1 + (commune - 1) / %1$d)::text, 3, '0') end,
					  case when day > date '%2$s' - 20 and r %% 5 = 0 then 'DRAFT' else 'SUBMITTED' end,
					  day + time '18:00', 'bench', day + time '18:00', 'bench'
					from (
					  select i, type, commune, r,
					    case when d > date '%2$s' then d - 365 else d end as day
					  from (
					    select i, %3$s as type,
					      1 + ((floor(%4$d * power(((abs(hashint8extended(i, 42)) %% 1000000) / 1000000.0)::float8, 1.5))::bigint * 7919) %% %4$d) as commune,
					      make_date(%5$s, %6$s, 1) + (abs(hashint8extended(i, 45)) %% 28)::int as d,
					      abs(hashint8extended(i, 46)) as r
					    from generate_series(%7$d, %8$d) i) g) h""".formatted(s.communesPerPost(), end,
					pick(TYPES, "i", 41, 100), s.communes(), pick(YEARS, "i", 43, 100), pick(MONTHS, "i", 44, 100), r[0],
					r[1]));
		}
		parallel(chunks, "activities");
		progress("activities: " + s.activities());
		exec("select activity_month_total_rebuild()");
		exec("alter table activity enable trigger activity_month_total_sync");
		progress("activity monthly totals: " + count("activity_month_total"));
		List<String> villages = new ArrayList<>();
		for (long[] r : halves(s.activities())) {
			villages.add("""
					insert into activity_village (activity_id, village_id)
					select id, (commune_id - 1) * %d + 1 + abs(hashint8extended(id, 47)) %% %d
					from activity where id between %d and %d""".formatted(s.villagesPerCommune(),
					s.villagesPerCommune(), r[0], r[1]));
		}
		parallel(villages);
		progress("activity villages: " + count("activity_village"));
		exec("alter table activity enable trigger activity_commune_change_count");
		exec("alter table activity_village enable trigger activity_village_change_count");
	}

	private void community(Scale s) {
		// a security & order group in every village, a border-marker group in every third one
		exec("""
				insert into self_managed_group (id, type, name, commune_id, village_id, established_on, leader_name, member_count,
				  created_by, updated_by)
				select v.id * 2 - 1 + k, case k when 0 then 'SECURITY_ORDER' else 'BORDER_MARKER' end,
				  case k when 0 then 'Tổ tự quản an ninh, trật tự ' else 'Tổ tự quản đường biên, cột mốc ' end || v.name,
				  v.commune_id, v.id, date '2017-01-01' + (abs(hashint8extended(v.id, 51)) % 2000)::int, null,
				  15 + abs(hashint8extended(v.id * 2 + k, 52)) % 20, 'bench', 'bench'
				from village v cross join (values (0), (1)) kk(k) where k = 0 or v.id % 3 = 0""");
		exec("""
				insert into self_managed_group_household (group_id, household_id)
				select g.id, (g.village_id - 1) * %d + 1 + j
				from self_managed_group g cross join generate_series(0, 9) j""".formatted(s.householdsPerVillage()));
		exec("""
				insert into economic_model (id, name, commune_id, started_on, description, created_by, updated_by)
				select c.id * 2 - 1 + k, (array['Mô hình trồng mít Thái', 'Mô hình trồng cam Khe Mây', 'Mô hình nuôi dê',
				  'Mô hình nuôi bò sinh sản', 'Mô hình trồng quế'])[1 + abs(hashint8extended(c.id * 2 + k, 53)) % 5] || ' ' || c.name,
				  c.id, date '2018-01-01' + (abs(hashint8extended(c.id, 54)) % 2500)::int, null, 'bench', 'bench'
				from commune c cross join (values (0), (1)) kk(k)""");
		exec("""
				insert into economic_model_household (model_id, household_id)
				select m.id, ((m.commune_id - 1) * %d + (j %% %d)) * %d + 1 + j + (m.id %% 2) * 40
				from economic_model m cross join generate_series(0, 14) j""".formatted(s.villagesPerCommune(),
				s.villagesPerCommune(), s.householdsPerVillage()));
		progress("groups: " + count("self_managed_group") + " (" + count("self_managed_group_household")
				+ " member households), economic models: " + count("economic_model") + " ("
				+ count("economic_model_household") + " households)");
	}

	/** Household members, the posts' programmes with their beneficiaries and support, the models' substance. */
	private void people(Scale s) throws Exception {
		parallel(PeopleData.members(halves(s.households())), "household members");
		progress("household members: " + count("household_member"));
		// the support's monthly totals once from the rows, not 1,500,000 times by their trigger
		exec("alter table programme_support disable trigger programme_support_month_sync");
		for (String sql : PeopleData.programmes(s.communesPerPost())) {
			execTuned(sql);
		}
		exec("select programme_support_month_rebuild()");
		exec("alter table programme_support enable trigger programme_support_month_sync");
		progress("programmes: " + count("programme") + " (" + count("programme_beneficiary") + " beneficiaries, "
				+ count("programme_support") + " supports)");
		for (String sql : PeopleData.models()) {
			exec(sql);
		}
		progress("economic models' substance: " + count("economic_model_support") + " supports, "
				+ count("economic_model_result") + " yearly results");
	}

	/** The border's markers and their inspections, the situation register's items ({@link SecurityData}). */
	private void security(Scale s) throws Exception {
		SecurityData.markers(s).forEach(this::exec);
		parallel(SecurityData.inspections(s));
		parallel(SecurityData.items(s));
		SecurityData.history().forEach(this::exec);
		progress("security: " + count("border_marker") + " markers, " + count("marker_inspection") + " inspections, "
				+ count("situation_item") + " situation items (" + count("situation_status_change") + " moves)");
	}

	/**
	 * Ten years of monthly reviews (issue 8): one per post and month from 2017-01 to last month (the current month
	 * stays open), shaped like what {@code ReviewService} leaves when a commander reviews a month and like
	 * {@code ReviewDemoData}: every covered commune's submission (submitted; 4 % returned once and resubmitted, the
	 * return comment kept as the app keeps it), conclusions per content area, 2-4 next-month targets, 1-3 tasks for
	 * the cadre in charge of a village of the post (most done, recent ones open or overdue), and for a concluded month
	 * its edition with the figures frozen from the activity log and the month's activities locked. Every fourth post
	 * (D004, D008, ...) has not concluded last month yet: its communes have submitted, about a quarter of them still
	 * a draft or returned. 1 % of the older months were reopened once and concluded again (two editions). The ids are
	 * computed from the (post, month) index so the children need no lookup: review {@code (post - 1) * months + k + 1}.
	 * Cheap: the review-level tables are ~60,000 rows nationally; the only big statement is the figures' aggregate
	 * over the activity log, done in two halves (by commune) in two sessions alongside the rest.
	 */
	private void reviews(Scale s) throws Exception {
		long t0 = System.nanoTime();
		YearMonth last = YearMonth.now().minusMonths(1);
		int months = (int) ChronoUnit.MONTHS.between(YearMonth.of(2017, 1), last) + 1;
		if (months <= 0) {
			progress("reviews: none (no month before the current one since 2017-01)");
			return;
		}
		int cpp = s.communesPerPost();
		int vpp = cpp * s.villagesPerCommune();
		String tz = "'Asia/Ho_Chi_Minh'";
		// the review of (post, month k): its dates follow from "next", the first day of the month after it
		exec("""
				insert into monthly_review (id, post_id, month, status, conclusion_number, concluded_on, concluded_by,
				  reopen_reason, edition, version, created_at, created_by, updated_at, updated_by)
				select id, post_id, month, case when open then 'OPEN' else 'CONCLUDED' end,
				  case when not open then extract(month from month)::int || '-KL/ĐU' end,
				  case when open then null when reopened then next + 8 else least(next + 2 + (h %% 5)::int, current_date) end,
				  case when not open then commander end,
				  case when reopened then (array['Bổ sung hoạt động tuần tra của xã ghi muộn',
				    'Điều chỉnh số liệu tuyên truyền theo báo cáo của xã', 'Sửa loại hoạt động ghi nhầm'])[1 + (h / 10) %% 3] end,
				  case when open then 0 when reopened then 2 else 1 end,
				  -- as the app counts: conclusions saved (1), each target added (1), concluded (1); reopened, corrected, concluded again (3)
				  1 + (2 + abs(hashint8extended(id, 63)) %% 3) + case when open then 0 when reopened then 4 else 1 end,
				  least((next - 3 + time '08:00') at time zone %3$s, now()), official,
				  least((case when open then next + 3 when reopened then next + 8 else next + 2 + (h %% 5)::int end
				    + time '16:00') at time zone %3$s, now()), commander
				from (
				  select (bp.id - 1) * %1$d + k + 1 as id, bp.id as post_id, m::date as month,
				    (m + interval '1 month')::date as next,
				    k = %1$d - 1 and bp.id %% 4 = 0 as open,
				    k < %1$d - 2 and abs(hashint8extended((bp.id - 1) * %1$d + k + 1, 62)) %% 100 = 0 as reopened,
				    abs(hashint8extended((bp.id - 1) * %1$d + k + 1, 64)) as h,
				    'chihuy.' || lower(bp.code) as commander, 'xa.x' || lpad(((bp.id - 1) * %2$d + 1)::text, 4, '0') as official
				  from border_post bp cross join generate_series(0, %1$d - 1) k
				  cross join lateral (select date '2017-01-01' + k * interval '1 month' as m) mm) g""".formatted(months,
				cpp, tz));
		List<String> children = new ArrayList<>();
		children.add("""
				insert into review_conclusion (review_id, content_area, text)
				select r.id, a.area, 'Tháng ' || to_char(r.month::timestamp, 'MM/YYYY') || ', '
				  || a.texts[1 + abs(hashint8extended(r.id, a.salt)) %% array_length(a.texts, 1)]
				from monthly_review r cross join (values
				  ('BORDER_SOVEREIGNTY', 100, 91, array[
				    'hai bên duy trì tuần tra, kiểm soát đường biên, cột mốc theo kế hoạch; tình hình an ninh trật tự khu vực biên giới ổn định.',
				    'đã phối hợp tuần tra song phương, phát hiện và xử lý kịp thời các trường hợp qua lại biên giới trái phép.',
				    'các tổ tự quản đường biên, cột mốc hoạt động đều; cần tăng cường tuần tra tại các đường mòn, lối mở.']),
				  ('OUTREACH_LEGAL', 100, 92, array[
				    'tuyên truyền Luật Biên giới quốc gia, Luật Biên phòng Việt Nam đến các thôn, bản; cần đa dạng hình thức, dùng tiếng dân tộc tại các bản vùng sâu.',
				    'đã tổ chức tuyên truyền phòng, chống ma túy và mua bán người; số lượt người dự tăng so với tháng trước.',
				    'tiếp tục vận động nhân dân không di cư tự do, không nghe theo kẻ xấu; phát huy vai trò người có uy tín.']),
				  ('ECONOMY_POVERTY', 70, 93, array[
				    'tiếp tục thăm, giúp đỡ hộ nghèo; hướng dẫn kỹ thuật chăm sóc cây ăn quả cho các hộ tham gia mô hình.',
				    'các mô hình phát triển kinh tế duy trì tốt; đề nghị xã hỗ trợ thêm giống cho hộ cận nghèo.',
				    'phối hợp giúp dân sửa nhà, làm đường; theo dõi các hộ mới thoát nghèo để không tái nghèo.']),
				  ('POLITICAL_SYSTEM', 30, 94, array[
				    'cán bộ đồn tăng cường về bản sinh hoạt với chi bộ thôn; giao ban định kỳ với Đảng ủy xã đầy đủ.',
				    'tham gia củng cố hệ thống chính trị cơ sở; phối hợp bồi dưỡng quần chúng ưu tú cho các chi bộ thôn.']),
				  ('CULTURE_SOCIETY', 25, 95, array[
				    'phối hợp tổ chức hoạt động văn hóa, thể thao tại các bản; duy trì lớp học xóa mù chữ.',
				    'vận động học sinh ra lớp, thực hiện chương trình "Nâng bước em tới trường"; giữ gìn vệ sinh môi trường thôn, bản.']),
				  ('FOREIGN_AFFAIRS', 35, 96, array[
				    'duy trì trao đổi thông tin với lực lượng bảo vệ biên giới nước bạn theo quy chế; không để xảy ra vụ việc phức tạp.',
				    'tổ chức giao lưu hữu nghị với chính quyền, nhân dân bản đối diện; thông báo kịp thời các vụ việc liên quan.'])
				) a(area, share, salt, texts)
				where a.share = 100 or abs(hashint8extended(r.id, a.salt + 10)) %% 100 < a.share""".formatted());
		children.add("""
				insert into review_target (review_id, position, content_area, indicator, metric, target_value, unit)
				select r.id, p, t.area, t.indicator, t.metric, t.base + t.step * (abs(hashint8extended(r.id * 4 + p, 66)) %% t.spread), t.unit
				from monthly_review r cross join generate_series(0, 3) p
				join (values
				  (0, 'BORDER_SOVEREIGNTY', 'Tuần tra đường biên, cột mốc', 'PATROLS', 15, 1, 16, 'lần'),
				  (1, 'OUTREACH_LEGAL', 'Tổ chức tuyên truyền tại các thôn, bản', 'OUTREACH_SESSIONS', 10, 1, 12, 'buổi'),
				  (2, 'OUTREACH_LEGAL', 'Lượt người dân được tuyên truyền', 'ATTENDEES', 400, 10, 40, 'lượt người'),
				  (3, 'BORDER_SOVEREIGNTY', 'Lượt người tham gia tuần tra, kiểm soát', 'PARTICIPANTS', 150, 10, 20, 'lượt người'),
				  (4, 'ECONOMY_POVERTY', 'Thăm, giúp đỡ hộ nghèo', 'NONE', 3, 1, 6, 'hộ'),
				  (5, 'POLITICAL_SYSTEM', 'Giao ban, trao đổi tình hình với cấp ủy, chính quyền xã', 'ACTIVITIES', 6, 1, 6, 'buổi')
				) t(k, area, indicator, metric, base, step, spread, unit) on t.k = (abs(hashint8extended(r.id, 65)) + p) %% 6
				where p < 2 + abs(hashint8extended(r.id, 63)) %% 3""".formatted());
		// a concluded month: all submitted, 4 % returned once and resubmitted (the app keeps the return comment);
		// last month still open: 15 % drafts, 12 % returned and not yet resubmitted
		children.add("""
				insert into commune_submission (id, review_id, commune_id, narrative, status, return_comment, submitted_by,
				  submitted_at, version, created_at, created_by, updated_at, updated_by)
				select g.id, g.review_id, g.commune_id,
				  case (h / 100) %% 4
				    when 0 then c.name || ': tình hình an ninh chính trị, trật tự an toàn xã hội tháng ' || mm || ' ổn định; các hoạt động phối hợp đã ghi đủ trong nhật ký.'
				    when 1 then c.name || ' hoàn thành các nội dung phối hợp tháng ' || mm || '; đề nghị Đồn hỗ trợ thêm buổi tuyên truyền tại bản xa.'
				    when 2 then 'Tháng ' || mm || ', ' || c.name || ' phối hợp với Đồn tuần tra, tuyên truyền theo kế hoạch; không phát sinh vụ việc phức tạp.'
				    else c.name || ' đã vận động nhân dân tham gia bảo vệ đường biên, cột mốc; một số hộ còn khó khăn cần được hỗ trợ trong tháng ' || mm || '.' end,
				  case when state = 'RESUBMITTED' then 'SUBMITTED' else state end,
				  case when state in ('RETURNED', 'RESUBMITTED') then (array['Đề nghị bổ sung số liệu tuần tra và số lượt người dân tham gia.',
				    'Báo cáo còn thiếu nội dung tuyên truyền tại các bản; đề nghị bổ sung.',
				    'Đề nghị nêu rõ các hộ nghèo đã được thăm, hỗ trợ trong tháng.'])[1 + (h / 10000) %% 3] end,
				  case when state <> 'DRAFT' then official end,
				  case when state = 'RESUBMITTED' then least(resent, now()) when state <> 'DRAFT' then least(sent, now()) end,
				  case when state = 'RESUBMITTED' then 2 when state = 'RETURNED' then 1 when (h / 100000) %% 10 < 3 then 1 else 0 end,
				  least(sent - interval '1 day', now()), official,
				  least(case state when 'RESUBMITTED' then resent when 'RETURNED' then sent + interval '1 day' else sent end, now()),
				  case when state = 'RETURNED' then commander else official end
				from (
				  select f.*, 'xa.x' || lpad(f.commune_id::text, 4, '0') as official,
				    case when open and h %% 100 < 15 then 'DRAFT' when open and h %% 100 < 27 then 'RETURNED'
				      when not open and h %% 100 < 4 then 'RESUBMITTED' else 'SUBMITTED' end as state,
				    (next - 1 - ((h / 1000) %% 4)::int + time '17:00') at time zone %3$s as sent,
				    (next + 1 + time '10:00') at time zone %3$s as resent
				  from (
				    select (r.id - 1) * %1$d + j + 1 as id, r.id as review_id, (r.post_id - 1) * %1$d + j + 1 as commune_id,
				      r.status = 'OPEN' as open, to_char(r.month::timestamp, 'MM/YYYY') as mm,
				      (r.month + interval '1 month')::date as next, r.updated_by as commander,
				      abs(hashint8extended((r.id - 1) * %1$d + j + 1, 71)) as h
				    from monthly_review r cross join generate_series(0, %1$d - 1) j) f) g
				join commune c on c.id = g.commune_id""".formatted(cpp, vpp, tz));
		// due in the month after the review; done a few days before the due date (never in the future): 98 % of the
		// older tasks, 60 % of those set two months ago, 35 % of last month's; the rest open, overdue once past due
		children.add("""
				insert into review_task (id, review_id, cadre_id, assignee_user_id, village_id, household_id, due_date,
				  description, status, result_note, done_at, done_by, version, created_at, created_by, updated_at, updated_by)
				select id, review_id, (post_id - 1) * 20 + 1 + village %% 20, null, village,
				  case when kind = 0 then (village - 1) * %3$d + 1 + (h / 100) %% %3$d end, due,
				  (array['Thăm, nắm tình hình hộ nghèo tại bản phụ trách', 'Phối hợp với dân quân xã tuần tra đường biên, cột mốc',
				    'Tuyên truyền phòng, chống mua bán người tại bản', 'Vận động nhân dân không di cư tự do, không vượt biên trái phép',
				    'Kiểm tra, nắm tình hình cư trú, tạm trú tại bản', 'Hướng dẫn kỹ thuật chăm sóc mô hình kinh tế cho các hộ tham gia'])[1 + kind],
				  case when done then 'DONE' else 'OPEN' end,
				  case when done then (array['Đã hoàn thành, báo cáo tại giao ban', 'Đã thực hiện; kết quả báo cáo Đảng ủy xã',
				    'Hoàn thành đúng hạn, nhân dân đồng tình hưởng ứng', 'Đã phối hợp với chi bộ thôn thực hiện xong'])[1 + (h / 10000) %% 4] end,
				  case when done then done_at end, case when done then commander end, case when done then 1 else 0 end,
				  created, commander, case when done then done_at else created end, commander
				from (
				  select f.*, d.done_at, f.h %% 100 < f.share and d.done_at <= now() as done
				  from (
				    select (r.id - 1) * 3 + t + 1 as id, r.id as review_id, r.post_id, r.updated_by as commander,
				      (r.post_id - 1) * %2$d + 1 + abs(hashint8extended((r.id - 1) * 3 + t + 1, 81)) %% %2$d as village,
				      abs(hashint8extended((r.id - 1) * 3 + t + 1, 82)) %% 6 as kind,
				      (r.month + interval '1 month')::date + (14 + abs(hashint8extended((r.id - 1) * 3 + t + 1, 83)) %% 15)::int as due,
				      abs(hashint8extended((r.id - 1) * 3 + t + 1, 84)) as h,
				      case when r.month >= date '%4$s' then 35 when r.month >= date '%4$s' - interval '1 month' then 60 else 98 end as share,
				      least((coalesce(r.concluded_on, (r.month + interval '1 month')::date + 3) - 1 + time '09:00') at time zone %5$s, now()) as created
				    from monthly_review r cross join generate_series(0, 2) t
				    where t < 1 + abs(hashint8extended(r.id, 80)) %% 3) f
				  cross join lateral (select ((f.due - 1 - ((f.h / 100000) %% 5)::int) + time '16:00') at time zone %5$s as done_at) d) g""".formatted(cpp, vpp,
				s.householdsPerVillage(), last.atDay(1), tz));
		// one edition per conclusion (id (review - 1) * 2 + edition); a reopened review's first one records the reopen
		children.add("""
				insert into review_edition (id, review_id, edition, conclusion_number, concluded_on, concluded_at, concluded_by,
				  reopened_at, reopened_by, reopen_reason)
				select (r.id - 1) * 2 + e, r.id, e, r.conclusion_number, on_, (on_ + time '16:00') at time zone %1$s, r.concluded_by,
				  case when e < r.edition then (r.concluded_on - 2 + time '10:00') at time zone %1$s end,
				  case when e < r.edition then r.concluded_by end, case when e < r.edition then r.reopen_reason end
				from monthly_review r cross join generate_series(1, r.edition) e
				cross join lateral (select case when e < r.edition then r.concluded_on - 6 else r.concluded_on end as on_) d
				where r.status = 'CONCLUDED'""".formatted(tz));
		children.add("""
				insert into activity_month_lock (post_id, commune_id, month, locked_at, locked_by)
				select r.post_id, (r.post_id - 1) * %d + j + 1, r.month, (r.concluded_on + time '16:00') at time zone %s,
				  r.concluded_by
				from monthly_review r cross join generate_series(0, %d - 1) j where r.status = 'CONCLUDED'"""
			.formatted(cpp, tz, cpp));
		parallel(children);
		// the frozen figures of every edition of the concluded reviews: the review module's own aggregate, the one a
		// conclusion uses (from the monthly totals, rebuilt after the activities' load). Its tables analysed first:
		// planned with the editions never analysed (autovacuum had not come yet on a busy machine), the aggregate of
		// 1.2 million groups was rescanned for every edition from a temporary file, for more than an hour
		exec("analyze monthly_review, review_edition, activity_month_total, post_coverage, commune");
		context.getBean(FrozenFigures.class).freezeConcluded(null);
		progress("reviews: " + count("monthly_review") + " monthly reviews " + last.minusMonths(months - 1) + ".." + last
				+ " (" + jdbc.queryForObject("select count(*) from monthly_review where status = 'OPEN'", Long.class)
				+ " last month's still open), " + count("commune_submission") + " submissions, "
				+ count("review_conclusion") + " conclusions, " + count("review_target") + " targets, "
				+ count("review_task") + " tasks, " + count("review_edition") + " editions, " + count("review_figure")
				+ " frozen figures, " + count("activity_month_lock") + " month locks ("
				+ String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9) + ")");
	}

	private void plans(Scale s) {
		PlanData.statements(s.communesPerPost()).forEach(this::exec);
		progress("plans: " + count("coordination_plan") + " plans, " + count("planned_item") + " planned items, "
				+ jdbc.queryForObject("select count(*) from activity where planned_item_id is not null", Long.class)
				+ " activities linked to them");
	}

	private void sequences() {
		for (String t : List.of("province", "border_post", "commune", "village", "cadre", "household", "agreement",
				"activity", "self_managed_group", "economic_model", "app_user", "assignment", "post_coverage", "programme",
				"monthly_review", "commune_submission", "review_task", "review_edition", "coordination_plan",
				"planned_item")) {
			exec("select setval(pg_get_serial_sequence('" + t + "', 'id'), (select max(id) from " + t + "))");
		}
	}

	// ---- bulk-load plumbing

	/** Bigger WAL between checkpoints during the load (embedded or owned database; ignored when not allowed). */
	private void tuneServer() {
		try {
			exec("alter system set max_wal_size = '4GB'");
			exec("alter system set checkpoint_timeout = '30min'");
			exec("select pg_reload_conf()");
		}
		catch (RuntimeException ex) {
			progress("(server settings left as they are: " + ex.getMessage() + ")");
		}
	}

	private void resetServer() {
		try {
			exec("alter system reset max_wal_size");
			exec("alter system reset checkpoint_timeout");
			exec("select pg_reload_conf()");
		}
		catch (RuntimeException ex) {
			// not allowed: nothing was changed either
		}
	}

	/**
	 * Drops the non-unique indexes and the foreign keys of the loaded tables, and the keys of {@link #BULK_KEYS};
	 * returns the DDL that recreates them.
	 */
	private List<String> dropSecondaryIndexesAndForeignKeys() {
		String tables = BULK_TABLES.stream().map(t -> "'" + t + "'").collect(Collectors.joining(","));
		List<String[]> fks = jdbc.query("""
				select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
				from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text in (%s)""".formatted(tables),
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
		List<String[]> indexes = jdbc.query("""
				select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
				from pg_index i where i.indrelid::regclass::text in (%s) and not i.indisprimary and not i.indisunique"""
			.formatted(tables), (rs, i) -> new String[] { rs.getString(1), rs.getString(2) });
		String keyTables = BULK_KEYS.stream().map(t -> "'" + t + "'").collect(Collectors.joining(","));
		// (read before any foreign key is dropped: a key some foreign key depends on stays)
		List<String[]> keys = jdbc.query("""
				select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
				from pg_constraint c where c.contype in ('p', 'u') and c.conrelid::regclass::text in (%s)
				  and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)"""
			.formatted(keyTables), (rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
		List<String> rebuild = new ArrayList<>();
		for (String[] fk : fks) {
			exec("alter table " + fk[0] + " drop constraint " + fk[1]);
		}
		for (String[] ix : indexes) {
			exec("drop index " + ix[0]);
			rebuild.add(ix[1]);
		}
		for (String[] key : keys) {
			exec("alter table " + key[0] + " drop constraint " + key[1]);
			rebuild.add("alter table " + key[0] + " add constraint " + key[1] + " " + key[2]);
		}
		for (String[] fk : fks) {
			rebuild.add("alter table " + fk[0] + " add constraint " + fk[1] + " " + fk[2]);
		}
		return rebuild;
	}

	/** Runs the statements in two sessions (this machine has two cores), each tuned for bulk work. */
	private void parallel(List<String> statements) throws Exception {
		parallel(statements, null);
	}

	/** Like {@link #parallel(List)}; with a label, prints progress after each statement ("activities: 3/10 chunks"). */
	private void parallel(List<String> statements, String label) throws Exception {
		AtomicInteger finished = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (String sql : statements) {
				done.add(pool.submit(() -> {
					long t0 = System.nanoTime();
					execTuned(sql);
					if (label != null) {
						progress("  " + label + ": " + finished.incrementAndGet() + "/" + statements.size() + " chunks");
					}
					if (sql.regionMatches(true, 0, "create", 0, 6) || sql.startsWith("alter table activity")) {
						progress("  " + sql.substring(0, Math.min(110, sql.length())) + " ("
								+ (System.nanoTime() - t0) / 1_000_000_000 + " s)");
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private void exec(String sql) {
		execTuned(sql);
	}

	private void execTuned(String sql) {
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			boolean auto = c.getAutoCommit();
			c.setAutoCommit(true);
			st.execute("set synchronous_commit = off");
			st.execute("set maintenance_work_mem = '384MB'");
			st.execute("set work_mem = '64MB'");
			st.execute(sql);
			st.execute("reset all");
			c.setAutoCommit(auto);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage() + "\n" + sql, ex);
		}
	}

	private long count(String table) {
		Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return n == null ? 0 : n;
	}

	private void progress(String what) {
		System.out.printf(Locale.ROOT, "[generate %6.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
		System.out.flush();
	}

	// ---- SQL text helpers

	/** {@code parts} consecutive ranges of 1..n. */
	private static List<long[]> chunks(long n, int parts) {
		List<long[]> out = new ArrayList<>();
		for (int k = 0; k < parts; k++) {
			out.add(new long[] { n * k / parts + 1, n * (k + 1) / parts });
		}
		return out;
	}

	private static List<long[]> halves(long n) {
		long mid = n / 2;
		return List.of(new long[] { 1, mid }, new long[] { mid + 1, n });
	}

	/** {@code array[...][1 + hash(i, salt) % size]}: a deterministic pick from a (weighted) list. */
	static String pick(String array, String index, int salt, int size) {
		return "(" + array + ")[1 + abs(hashint8extended(" + index + ", " + salt + ")) % " + size + "]";
	}

	static String sqlArray(String... values) {
		return "array[" + Arrays.stream(values).map(v -> "'" + v.replace("'", "''") + "'")
			.collect(Collectors.joining(",")) + "]";
	}

	static String intArray(String... values) {
		return "array[" + String.join(",", values) + "]";
	}

	/** 100 entries, each value repeated by its weight (the weights add up to 100). */
	static String[] weighted(Object[][] weights) {
		List<String> out = new ArrayList<>();
		for (Object[] w : weights) {
			for (int k = 0; k < (Integer) w[1]; k++) {
				out.add(String.valueOf(w[0]));
			}
		}
		if (out.size() != 100) {
			throw new IllegalArgumentException("weights add up to " + out.size());
		}
		return out.toArray(String[]::new);
	}

}
