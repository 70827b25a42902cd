package vn.phoihop.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The month-end rush (issue 28; bench/run.sh --writes, docs/performance.md): many commune officials of different
 * communes, all at once, each logging activities through the new-activity form (patrols and inspections with
 * participants by force, some with a photo) and then sending the commune's report of the month, against a running
 * application. Prints each kind of request's latency (p50/p95/p99) and errors, then counts in the database what the
 * run wrote and compares it with what was sent: every activity and report exactly once. Exits with 1 when a write's
 * p95 is over the budget, a request failed or a record is missing or doubled.
 * <p>
 * The officials are those of the first communes (by code) whose month is still open and that have not sent its
 * report yet, so that a second run on the same data set takes the next ones. Started from the production jar with
 * the benchmark's jar added, like {@link BenchApplication}:
 *
 * <pre>
 * java -cp target/phoihop-0.1.0-SNAPSHOT.jar -Dloader.path=target/bench/phoihop-0.1.0-SNAPSHOT-bench.jar \
 *   -Dloader.main=vn.phoihop.bench.MonthEndRush org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --base=http://127.0.0.1:18080 --data-dir=data/bench-national [--officials=50] [--activities=10] \
 *   [--photo-every=3] [--think-ms=1000]
 * </pre>
 */
public final class MonthEndRush {

	/** The budget of a write request at 50 officials with 16 readers (issue 28). */
	static final double WRITE_P95_BUDGET_MS = 200;

	/** Between the line that announces the run and its first request. */
	static final long START_DELAY_MS = 2000;

	private MonthEndRush() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		RushSettings settings = RushSettings.parse(args);
		YearMonth month = YearMonth.now();
		try (Connection db = DriverManager.getConnection(settings.jdbcUrl())) {
			List<RushOfficial.Commune> communes = communes(db, month, settings.officials());
			if (communes.size() < settings.officials()) {
				System.out.println("Only " + communes.size() + " communes have their report of " + month
						+ " still to send: regenerate the data set or ask for fewer officials");
				System.exit(2);
			}
			Latencies latencies = new Latencies(RushOfficial.KINDS);
			RushLedger ledger = new RushLedger(settings.runId());
			CountDownLatch start = new CountDownLatch(1);
			List<Thread> threads = new ArrayList<>();
			for (RushOfficial.Commune c : communes) {
				Thread t = new Thread(new RushOfficial(settings, c, latencies, ledger, start), "official-" + c.code());
				t.start();
				threads.add(t);
			}
			System.out.printf(Locale.ROOT,
					"Month-end rush %s: %d commune officials at once (%s … %s), %d activities each (every %s with a "
							+ "photo), then the report of %s; think time %d ms (±50 %%)%n",
					settings.runId(), communes.size(), communes.get(0).code(), communes.get(communes.size() - 1).code(),
					settings.activities(), settings.photoEvery() == 0 ? "none" : ordinal(settings.photoEvery()), month,
					settings.thinkMillis());
			// bench/run.sh starts its readers when it sees the line above: they are under way when the officials start
			Thread.sleep(START_DELAY_MS);
			long t0 = System.nanoTime();
			start.countDown();
			for (Thread t : threads) {
				t.join();
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf(Locale.ROOT, "%s, %.1f s; this client used %.1f s of CPU%n",
					ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
					seconds, cpuSeconds());
			latencies.table(seconds, RushOfficial.WRITES, "all writes (POST)").forEach(System.out::println);
			RushLedger.Check check = ledger.check(db, communes.stream().map(RushOfficial.Commune::id).toList(), month);
			System.out.println();
			check.lines().forEach(System.out::println);
			List<String> problems = ledger.problems();
			problems.stream().limit(20).forEach(p -> System.out.println("  problem: " + p));
			double p95 = latencies.p95(RushOfficial.WRITES);
			boolean pass = p95 <= WRITE_P95_BUDGET_MS && latencies.errors() == 0 && check.exact();
			System.out.printf(Locale.ROOT, "writes: p95 %.1f ms (budget %.0f ms), %d errors, records %s: %s%n", p95,
					WRITE_P95_BUDGET_MS, latencies.errors(), check.exact() ? "exactly once" : "NOT exactly once",
					pass ? "pass" : "FAIL");
			System.exit(pass ? 0 : 1);
		}
	}

	/**
	 * The first communes (by code) that have an official, are covered by a post today, and whose report of the month
	 * is still to send in an open month, with that post.
	 */
	static List<RushOfficial.Commune> communes(Connection db, YearMonth month, int limit) throws SQLException {
		List<RushOfficial.Commune> communes = new ArrayList<>();
		try (PreparedStatement s = db.prepareStatement("""
				select distinct on (c.code) c.id, c.code, p.code from commune c
				join post_coverage pc on pc.commune_id = c.id and pc.valid_from <= current_date
				  and (pc.valid_to is null or pc.valid_to >= current_date)
				join border_post p on p.id = pc.post_id
				join app_user u on u.username = 'xa.' || lower(c.code) and u.enabled and u.commune_id = c.id
				where c.merged_into_id is null
				  and not exists (select 1 from commune_submission s join monthly_review r on r.id = s.review_id
				                  where r.month = ? and s.commune_id = c.id)
				  and not exists (select 1 from monthly_review r where r.post_id = p.id and r.month = ?
				                  and r.status <> 'OPEN')
				order by c.code, p.code limit ?""")) {
			s.setDate(1, Date.valueOf(month.atDay(1)));
			s.setDate(2, Date.valueOf(month.atDay(1)));
			s.setInt(3, limit);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					communes.add(new RushOfficial.Commune(rs.getLong(1), rs.getString(2), rs.getString(3)));
				}
			}
		}
		return communes;
	}

	/** The CPU this process used (it shares the machine with the application it measures). */
	private static double cpuSeconds() {
		return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime()
				/ 1e9;
	}

	private static String ordinal(int n) {
		return n == 1 ? "one" : n == 2 ? "second" : n == 3 ? "third" : n + "th";
	}

}
