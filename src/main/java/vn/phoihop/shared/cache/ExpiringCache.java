package vn.phoihop.shared.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept for a fixed time after they were computed (Caffeine's {@code expireAfterWrite}), for data that changes
 * rarely and only through one service, which calls {@link #invalidate()} on every change.
 * <p>
 * Contract: a value is served at most {@code ttl} after it was computed; {@link #invalidate()} forgets everything at
 * once and again when the current transaction ends, and a value computed while an invalidation happened is returned
 * to its caller but never kept (a generation counter, bumped by every invalidation, is stored with each value and must
 * still be current when it is read). So this instance never serves what it read before its own change committed;
 * another instance of the application serves it until its values expire. At most {@code maxSize} values, the least
 * used dropped first. A {@code ttl} of zero keeps nothing. Values are shared between threads: callers never change
 * them.
 */
public final class ExpiringCache {

	private record Entry(Object value, long generation) {
	}

	private final Cache<Object, Entry> entries;

	private final boolean off;

	/** Bumped by every invalidation: a value computed before an invalidation is not served after it. */
	private final AtomicLong generation = new AtomicLong();

	public ExpiringCache(Duration ttl, long maxSize) {
		this(ttl, maxSize, Ticker.systemTicker());
	}

	ExpiringCache(Duration ttl, long maxSize, Ticker ticker) {
		this.off = ttl.isZero() || ttl.isNegative();
		this.entries = Caffeine.newBuilder()
			.expireAfterWrite(off ? Duration.ZERO : ttl)
			.maximumSize(maxSize)
			.ticker(ticker)
			.build();
	}

	/** The value under this key, computed by {@code load} when absent or expired ({@code null} is not kept). */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> load) {
		if (off) {
			return load.get();
		}
		Entry e = entries.getIfPresent(key);
		if (e != null && e.generation() == generation.get()) {
			return (T) e.value();
		}
		long before = generation.get();
		T value = load.get();
		if (value != null && before == generation.get()) {
			entries.put(key, new Entry(value, before));
		}
		return value;
	}

	/**
	 * Forgets everything, now and when the current transaction (if any) completes: a request that read the old
	 * values while the change was being committed cannot leave them in the cache.
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
		entries.invalidateAll();
	}

}
