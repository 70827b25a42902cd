package vn.phoihop.shared.db;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Plans kept per connection for the rest of the current transaction. Every pooled connection plans each statement
 * for its values ({@code plan_cache_mode = force_custom_plan}, docs/performance.md "Generic plans": optional filters
 * and the {@code (:all or ...)} scope predicate have no good generic plan). A statement without either, whose planning
 * costs about as much as its execution, runs after this call with one plan per connection, kept by PostgreSQL once
 * the JDBC driver prepares it on the server (from its fifth execution); the setting ends with the transaction
 * ({@code set local}), so whatever runs after it in the transaction is planned so too: the caller orders its
 * statements (the period report reads its plans' completion before, report.PeriodReportReads). Used by the population
 * summary, a post's or a commune's dashboard figures, a month's review page and the period report.
 */
public final class GenericPlans {

	private GenericPlans() {
	}

	/** Must run inside a transaction: outside one, {@code set local} has no effect. */
	public static void forThisTransaction(JdbcOperations jdbc) {
		jdbc.execute("set local plan_cache_mode = force_generic_plan");
	}

}
