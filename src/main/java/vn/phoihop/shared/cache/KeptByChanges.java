package vn.phoihop.shared.cache;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Values computed from a scope's rows (the activity log's totals and "logged by" choices, the household list's
 * totals), kept with the scope's count of changes when they were computed (V048 for activities, V049 for households:
 * a count per commune raised by triggers) and served while that count has not moved. The count is kept by
 * PostgreSQL's triggers, so a write through any instance or tool is seen on the next request. Read the count before
 * computing: a value kept with it is then at least that recent.
 * <p>
 * Contract: never stale (a value is served only for the count it was computed at); at most {@code max} values, the
 * least used dropped first (Caffeine's {@code maximumSize}).
 */
public final class KeptByChanges<K, V> {

	private record Kept<V>(long changes, V value) {
	}

	private final Cache<K, Kept<V>> kept;

	/** At most {@code max} values; beyond, the least used are dropped. */
	public KeptByChanges(int max) {
		this.kept = Caffeine.newBuilder().maximumSize(max).build();
	}

	public V get(K key, long changes, Supplier<V> compute) {
		V current = peek(key, changes);
		if (current != null) {
			return current;
		}
		V value = compute.get();
		kept.put(key, new Kept<>(changes, value));
		return value;
	}

	/** The value kept for this key at this count of changes, or {@code null}: nothing is computed. */
	public V peek(K key, long changes) {
		Kept<V> k = kept.getIfPresent(key);
		return k != null && k.changes() == changes ? k.value() : null;
	}

	/**
	 * How many times the rows of a scope's communes were created, changed or deleted: the sum of their counts in
	 * {@code countTable} (a table of {@code commune_id, changes} raised by triggers: V048's
	 * {@code activity_commune_change}, V049's {@code household_commune_change}). A count only grows, so an unchanged
	 * sum means unchanged rows.
	 */
	public static long changes(JdbcTemplate jdbc, String countTable, boolean all, Long[] communeIds) {
		if (all) {
			return jdbc.queryForObject("select coalesce(sum(changes), 0) from " + countTable, Long.class);
		}
		return jdbc.queryForObject("select coalesce(sum(changes), 0) from " + countTable + " where commune_id = any(?)",
				Long.class, (Object) communeIds);
	}

}
