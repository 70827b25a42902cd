package vn.phoihop.privacy.retention;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept (docs/privacy.md §4), settings {@code app.privacy.retention.*} written
 * as periods ({@code 5y}, {@code 90d}); docs/operations.md, "The retention purge". {@code accessLogTable} and
 * {@code accessLogColumn} name the access log's table and its time column; the purge skips it while the table does not
 * exist. {@code batch} bounds the households anonymised in one run (the rest in the next).
 */
@ConfigurationProperties("app.privacy.retention")
public record RetentionSettings(@DefaultValue("5y") Period archivedHouseholds, @DefaultValue("5y") Period accessLog,
		@DefaultValue("5y") Period closedRequests, @DefaultValue("90d") Period loginAttempts,
		@DefaultValue("30d") Period formTokens, @DefaultValue("privacy_access_log") String accessLogTable,
		@DefaultValue("accessed_at") String accessLogColumn, @DefaultValue("500") int batch) {

	/** Only names, never SQL: the table and column are put into a statement. */
	public RetentionSettings {
		for (String name : new String[] { accessLogTable, accessLogColumn }) {
			if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
				throw new IllegalArgumentException("app.privacy.retention: not a table or column name: " + name);
			}
		}
	}

}
