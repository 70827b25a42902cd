package vn.phoihop.bench;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoihop.notification.Reminders;

/**
 * The reminder run of a whole day on the benchmark's data set (issue 26: under a minute at national scale), started by
 * bench/run.sh after the pages: {@code --app.bench.reminders=today} (or a day, yyyy-MM-dd). The day's reminders stored
 * by an earlier run are removed first, so that the run stores them all again; it is then run a second time (nothing
 * new: what a repeated or retried run costs). Prints both times and exits.
 */
final class ReminderRun implements ApplicationRunner {

	static final String PROPERTY = "app.bench.reminders";

	private final Reminders reminders;

	private final JdbcTemplate jdbc;

	private final ConfigurableApplicationContext context;

	ReminderRun(Reminders reminders, JdbcTemplate jdbc, ConfigurableApplicationContext context) {
		this.reminders = reminders;
		this.jdbc = jdbc;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String value = context.getEnvironment().getProperty(PROPERTY, "today");
		LocalDate day = "today".equals(value) ? LocalDate.now() : LocalDate.parse(value);
		int removed = jdbc.update("delete from notification where created_at >= current_date");
		long start = System.nanoTime();
		Reminders.Run first = reminders.run(day);
		long firstMs = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		Reminders.Run again = reminders.run(day);
		long againMs = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("RESULT reminders %s: %d ms, %d stored %s (%d of today's removed before); again: %d ms, %d stored%n",
				day, firstMs, first.total(), first, removed, againMs, again.total());
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
