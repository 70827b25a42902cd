package vn.phoihop.territory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The territory as every page reads it (a user's scope, the communes and villages of a scope, the names of all
 * communes and posts), kept in memory for a short time: these reads were three to five statements on every page and
 * about a sixth of a list page's work at national scale (docs/performance.md, change 33), while the territory changes
 * a few times a year, always through {@link TerritoryService}.
 * <p>
 * Every edit through {@link TerritoryService} empties the cache at once and again when its transaction ends, so this
 * instance never serves the territory as it was before an edit it made. Another instance of the application (several
 * behind one load balancer) sees the edit when its entries expire, after {@code app.territory.cache-seconds}
 * (60 by default; 0 turns the cache off). Values are the same detached entities the services returned before, shared
 * between requests: callers read them and never change them.
 */
@Component
public class TerritoryCache {

	/** More keys than this (scopes of many units at once) and the cache starts afresh, so it stays small. */
	static final int MAX_ENTRIES = 20_000;

	private record Entry(Object value, long expiresAt, long generation) {
	}

	private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();

	private final long ttlNanos;

	/** Bumped by every invalidation: a value computed before an edit is not stored after it. */
	private final AtomicLong generation = new AtomicLong();

	TerritoryCache(@Value("${app.territory.cache-seconds:60}") long seconds) {
		this.ttlNanos = Math.max(0, seconds) * 1_000_000_000L;
	}

	/** The value under this key, computed by {@code load} when absent or expired. */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> load) {
		if (ttlNanos == 0) {
			return load.get();
		}
		long now = System.nanoTime();
		Entry e = entries.get(key);
		if (e != null && now - e.expiresAt < 0 && e.generation == generation.get()) {
			return (T) e.value;
		}
		long before = generation.get();
		T value = load.get();
		if (value != null && before == generation.get()) {
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
			entries.put(key, new Entry(value, now + ttlNanos, before));
		}
		return value;
	}

	/**
	 * Forgets everything, now and when the current transaction (if any) completes: a request that read the old
	 * territory while the edit was being committed cannot leave it in the cache.
	 */
	public void invalidate() {
		clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear();
				}
			});
		}
	}

	private void clear() {
		generation.incrementAndGet();
		entries.clear();
	}

}
