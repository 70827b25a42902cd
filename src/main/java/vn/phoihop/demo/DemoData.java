package vn.phoihop.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.AccountService;
import vn.phoihop.account.PartyFunction;
import vn.phoihop.account.TwoFactor;
import vn.phoihop.shared.db.RunMode;
import vn.phoihop.shared.security.Role;

/**
 * The demo data set of docs/design.md §1 and §8, loaded once on an empty database in evaluation mode only (never in
 * production). Set-based JDBC, so a first start stays quick.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "Demo@2026";

	/**
	 * The demo administrator's and commander's authenticator secret (two-step sign-in is required for their roles):
	 * public, written in README.md, so that an evaluator adds it to an authenticator app; demo data only.
	 */
	static final String TOTP_SECRET = "PHOIHOPDEMOHAIBUOCXACTHUCTOTPKEY";

	private static final Log log = LogFactory.getLog(DemoData.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final AccountService accounts;

	private final Environment environment;

	private final ActivityDemoData activityDemo;

	private final ReviewDemoData reviewDemo;

	private final TwoFactor twoFactor;

	private final BorderDemoData borderDemo;

	private final SituationDemoData situationDemo;

	private final PlanDemoData planDemo;

	DemoData(JdbcTemplate jdbc, TransactionTemplate tx, AccountService accounts, Environment environment,
			ActivityDemoData activityDemo, ReviewDemoData reviewDemo, TwoFactor twoFactor, BorderDemoData borderDemo,
			SituationDemoData situationDemo, PlanDemoData planDemo) {
		this.planDemo = planDemo;
		this.borderDemo = borderDemo;
		this.situationDemo = situationDemo;
		this.jdbc = jdbc;
		this.tx = tx;
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.environment = environment;
		this.activityDemo = activityDemo;
		this.reviewDemo = reviewDemo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!RunMode.demoDataWanted(environment)) {
			return;
		}
		Integer provinces = jdbc.queryForObject("select count(*) from province", Integer.class);
		if (provinces != null && provinces > 0) {
			return;
		}
		log.info("Empty database in evaluation mode: loading the demo data set.");
		tx.executeWithoutResult(status -> load());
		log.info("Demo data loaded. Demo accounts: admin, chihuy.ramai, canbo.ramai, xa.danhoa, xa.tuyenlam, "
				+ "tinh.quangtri (password " + PASSWORD + "); admin and chihuy.ramai sign in with a code from an "
				+ "authenticator app set up with the key in README.md.");
	}

	private void load() {
		long quangBinh = insertProvince("QUANGBINH", "Quảng Bình");
		long quangTri = insertProvince("QUANGTRI", "Quảng Trị");
		long trongHoa = insertCommune("TRONGHOA", "Trọng Hóa", quangBinh, "Minh Hóa");
		long danHoaOld = insertCommune("DANHOA", "Dân Hóa", quangBinh, "Minh Hóa");
		long thanhHoa = insertCommune("THANHHOA", "Thanh Hóa", quangBinh, "Tuyên Hóa");
		long lamHoa = insertCommune("LAMHOA", "Lâm Hóa", quangBinh, "Tuyên Hóa");
		long danHoa = insertCommune("DANHOA2025", "Dân Hóa", quangTri, null);
		long tuyenLam = insertCommune("TUYENLAM", "Tuyên Lâm", quangTri, null);
		for (String[] row : csv("demo/villages.csv")) {
			jdbc.update("insert into village (commune_id, name, created_by, updated_by) "
					+ "select id, ?, 'demo', 'demo' from commune where code = ?", row[1], row[0]);
		}
		recordMerge(danHoa, List.of(trongHoa, danHoaOld));
		recordMerge(tuyenLam, List.of(lamHoa, thanhHoa));
		long raMai = jdbc.queryForObject("""
				insert into border_post (code, name, provincial_command, province_id, created_by, updated_by)
				values ('RAMAI', 'Đồn Biên phòng Ra Mai', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị', ?, 'demo', 'demo')
				returning id""", Long.class, quangTri);
		cover(raMai, trongHoa, "2017-01-01", "2025-06-30");
		cover(raMai, thanhHoa, "2017-01-01", "2025-06-30");
		cover(raMai, danHoa, "2025-07-01", null);
		cover(raMai, tuyenLam, "2025-07-01", null);

		accounts.create("admin", PASSWORD, "Quản trị hệ thống", Role.ADMIN, null, null, null);
		accounts.create("chihuy.ramai", PASSWORD, "Phạm Minh Dũng", Role.COMMANDER, raMai, null, null);
		accounts.create("canbo.ramai", PASSWORD, "Hồ Văn Nam", Role.POST_CADRE, raMai, null, null);
		// in the article the commander signs the committee's conclusions as its deputy secretary; the secretary (the
		// political officer, Lê Văn Hùng, a cadre of the post) has no demo account, so the commander signs by default
		accounts.givePartyFunction("chihuy.ramai", PartyFunction.DEPUTY_SECRETARY);
		accounts.givePartyFunction("canbo.ramai", PartyFunction.COMMITTEE_MEMBER);
		accounts.create("xa.danhoa", PASSWORD, "Cao Thị Hoa", Role.COMMUNE_OFFICIAL, null, danHoa, null);
		accounts.create("xa.tuyenlam", PASSWORD, "Đinh Văn Lâm", Role.COMMUNE_OFFICIAL, null, tuyenLam, null);
		accounts.create("tinh.quangtri", PASSWORD, "Nguyễn Văn Tỉnh", Role.VIEWER, null, null, quangTri);
		twoFactor.enrolKnown("admin", TOTP_SECRET);
		twoFactor.enrolKnown("chihuy.ramai", TOTP_SECRET);
		new HouseholdDemoData(jdbc).load();
		activityDemo.load();
		borderDemo.load();
		situationDemo.load();
		new MemberDemoData(jdbc).load();
		new ModelDemoData(jdbc).load();
		new ProgrammeDemoData(jdbc).load();
		planDemo.load();
		// last: the concluded months freeze their situation and marker inspections with their figures
		reviewDemo.load();
	}

	private long insertProvince(String code, String name) {
		return jdbc.queryForObject("insert into province (code, name, created_by, updated_by) values (?, ?, 'demo', 'demo') "
				+ "returning id", Long.class, code, name);
	}

	private long insertCommune(String code, String name, long provinceId, String formerDistrict) {
		return jdbc.queryForObject("insert into commune (code, name, province_id, former_district, created_by, updated_by) "
				+ "values (?, ?, ?, ?, 'demo', 'demo') returning id", Long.class, code, name, provinceId, formerDistrict);
	}

	private void recordMerge(long newCommune, List<Long> sources) {
		long merge = jdbc.queryForObject("""
				insert into commune_merge (new_commune_id, effective_on, legal_basis, created_by, updated_by)
				values (?, date '2025-07-01', 'Nghị quyết 1680/NQ-UBTVQH15 ngày 16/06/2025', 'demo', 'demo') returning id""",
				Long.class, newCommune);
		for (Long source : sources) {
			jdbc.update("insert into commune_merge_source (merge_id, commune_id) values (?, ?)", merge, source);
			jdbc.update("update commune set merged_into_id = ?, merged_on = date '2025-07-01' where id = ?", newCommune,
					source);
		}
	}

	private void cover(long post, long commune, String from, String to) {
		jdbc.update("insert into post_coverage (post_id, commune_id, valid_from, valid_to) values (?, ?, ?::date, ?::date)",
				post, commune, from, to);
	}

	static List<String[]> csv(String path) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			String line = in.readLine(); // header
			while ((line = in.readLine()) != null) {
				if (!line.isBlank()) {
					rows.add(line.split(",", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
