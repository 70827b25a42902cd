package vn.phoihop.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a national data set for the benchmark (issue 8, docs/performance.md):
 * {@code --app.generate=national} (500 posts, 1,500 communes, 15,000 villages, 1,500,000 households,
 * 5,000,000 activities 2017–2026, agreements, groups, models, cadres, users) or {@code --app.generate=small}
 * (1/50 of that). Set-based SQL only ({@code INSERT ... SELECT ... FROM generate_series}); every "random" value is
 * a hash of the row's index ({@code hashint8extended(i, salt)}), so two runs produce the same data. Secondary
 * indexes and foreign keys of the loaded tables are dropped during the load and recreated afterwards (in two
 * sessions, one per core), then everything is vacuumed and analysed. The application exits when done.
 * Demo data is never loaded when {@code app.generate} is set ({@code RunMode.demoDataWanted}).
 */
@Component
@ConditionalOnExpression("'${app.generate:}' == 'national' or '${app.generate:}' == 'small'")
@Order(Ordered.HIGHEST_PRECEDENCE)
class NationalDataGenerator implements ApplicationRunner {

	static final String PASSWORD = "Demo@2026";

	/** The tables filled in bulk: their secondary indexes and foreign keys are dropped around the load. */
	static final List<String> BULK_TABLES = List.of("household", "household_poverty", "activity", "activity_village",
			"self_managed_group", "self_managed_group_household", "economic_model", "economic_model_household",
			"assignment", "cadre", "app_user", "village", "commune", "agreement_commune", "agreement_target",
			"agreement_content_area", "post_coverage");

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
	public void run(ApplicationArguments args) throws Exception {
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
		// TODO(issue 8, monthly reviews): "10 years of monthly reviews" -- one review per post and month
		// 2017-01..2026-10 (concluded, figures frozen from the activities, conclusions per content area, next month's
		// targets, 3-5 tasks per review), generated set-based like the steps above, once the review module's tables
		// (built in another branch) have landed on main. Hook: add a step reviews(s) here, before the indexes are rebuilt.

		sequences();
		progress("recreating " + rebuild.size() + " indexes and foreign keys (two sessions)");
		parallel(rebuild);
		progress("vacuum + analyze");
		parallel(BULK_TABLES.stream().map(t -> "vacuum (analyze) " + t).collect(Collectors.toList()));
		exec("vacuum (analyze)");
		resetServer();
		progress("done: " + count("activity") + " activities, " + count("household") + " households, "
				+ count("app_user") + " users. Accounts (password " + PASSWORD + "): chihuy.<post code>, "
				+ "xa.<commune code>, tinh.<province code>, admin; e.g. chihuy.d001, xa.x0001, tinh.p01.");
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
		parallel(chunks);
		progress("households: " + n);
		// poverty history, modest: the households that escaped poverty were poor the year before
		exec("""
				insert into household_poverty (household_id, year, status)
				select id, escaped_poverty_year - 1, 'POOR' from household where escaped_poverty_year is not null
				union all
				select id, escaped_poverty_year, 'NOT_POOR' from household where escaped_poverty_year is not null""");
		progress("poverty history: " + count("household_poverty") + " rows");
	}

	private void agreements(Scale s) {
		// three periods per post, one agreement each, covering the post's communes (DESIGN.md §1-2)
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
					  case when type in ('OUTREACH', 'MEETING') then 10 + r %% 60 end,
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

	private void sequences() {
		for (String t : List.of("province", "border_post", "commune", "village", "cadre", "household", "agreement",
				"activity", "self_managed_group", "economic_model", "app_user", "assignment", "post_coverage")) {
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

	/** Drops the non-unique indexes and the foreign keys of the loaded tables; returns the DDL that recreates them. */
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
		List<String> rebuild = new ArrayList<>();
		for (String[] fk : fks) {
			exec("alter table " + fk[0] + " drop constraint " + fk[1]);
		}
		for (String[] ix : indexes) {
			exec("drop index " + ix[0]);
			rebuild.add(ix[1]);
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
		java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
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
		catch (java.sql.SQLException ex) {
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
		return "array[" + java.util.Arrays.stream(values).map(v -> "'" + v.replace("'", "''") + "'")
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
