package vn.phoihop.activity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from a scope's activities (the log's totals, its "logged by" choices), kept with the scope's count
 * of changes when they were computed (V048, {@link ActivityService#changes}) and served while that count has not
 * moved. The count is kept by PostgreSQL's triggers, so a write through any instance or tool is seen on the next
 * request. Read the count before computing: a value kept with it is then at least that recent.
 */
final class KeptByChanges<K, V> {

	private record Kept<V>(long changes, V value) {
	}

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private final int max;

	/** At most {@code max} values; beyond, they are dropped all at once. */
	KeptByChanges(int max) {
		this.max = max;
	}

	V get(K key, long changes, Supplier<V> compute) {
		Kept<V> k = kept.get(key);
		if (k != null && k.changes() == changes) {
			return k.value();
		}
		V value = compute.get();
		if (kept.size() >= max) {
			kept.clear();
		}
		kept.put(key, new Kept<>(changes, value));
		return value;
	}

}
