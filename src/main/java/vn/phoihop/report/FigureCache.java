package vn.phoihop.report;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The large scopes' dashboard figures (a province, the whole country), which take seconds to compute at national
 * scale (docs/performance.md, change 6), kept for {@code ttl}.
 * <ul>
 * <li>A value younger than {@code ttl} is served as it is.</li>
 * <li>A value between one and two {@code ttl} old is still served, and the first request that sees it starts one
 * recomputation on {@code refresher}; the next requests get the new value once it is there. No request waits for the
 * recomputation (before, the request that found the value expired and every request behind it waited 0.5–2 s:
 * the administrator's dashboard had a p95 of 520 ms in a benchmark run that crossed an expiry, change 40).</li>
 * <li>A missing value, one older than two {@code ttl} (nobody asked for a while) or one whose computation failed is
 * computed by the request, once for all the requests that ask at the same time.</li>
 * </ul>
 */
final class FigureCache {

	private record Entry(long computedAt, CompletableFuture<Object> value, AtomicBoolean refreshing) {

		boolean usable() {
			return value.isDone() && !value.isCompletedExceptionally();
		}
	}

	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

	private final long ttl;

	private final LongSupplier clock;

	private final Executor refresher;

	FigureCache(long ttlNanos, LongSupplier clock, Executor refresher) {
		this.ttl = ttlNanos;
		this.clock = clock;
		this.refresher = refresher;
	}

	<T> T get(Object key, Supplier<T> compute) {
		long now = clock.getAsLong();
		Entry current = entries.get(key);
		if (current != null && !current.value().isDone()) {
			return join(current); // being computed by another request
		}
		if (current != null && current.usable()) {
			long age = now - current.computedAt();
			if (age < ttl) {
				return join(current);
			}
			if (age < 2 * ttl) {
				if (current.refreshing().compareAndSet(false, true)) {
					refresh(key, current, compute);
				}
				return join(current);
			}
		}
		var mine = new CompletableFuture<Object>();
		// another request may have put a new entry since: that one is used
		Entry entry = entries.compute(key, (k, old) -> old == null || old == current
				? new Entry(now, mine, new AtomicBoolean()) : old);
		if (entry.value() == mine) {
			try {
				mine.complete(compute.get());
			}
			catch (RuntimeException ex) {
				entries.remove(key, entry);
				mine.completeExceptionally(ex);
				throw ex;
			}
			if (entries.size() > 1_000) {
				entries.values().removeIf(e -> now - e.computedAt() > 2 * ttl);
			}
		}
		return join(entry);
	}

	@SuppressWarnings("unchecked")
	private static <T> T join(Entry entry) {
		try {
			return (T) entry.value().join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException r ? r : ex;
		}
	}

	private void refresh(Object key, Entry stale, Supplier<?> compute) {
		try {
			refresher.execute(() -> {
				try {
					Object value = compute.get();
					entries.replace(key, stale, new Entry(clock.getAsLong(), CompletableFuture.completedFuture(value),
							new AtomicBoolean()));
				}
				catch (RuntimeException ex) {
					// the stale value stays; the next request after it tries again
					stale.refreshing().set(false);
				}
			});
		}
		catch (RuntimeException rejected) {
			stale.refreshing().set(false);
		}
	}

}
