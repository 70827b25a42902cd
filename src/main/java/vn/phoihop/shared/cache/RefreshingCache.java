package vn.phoihop.shared.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Values that take seconds to compute and may be a few minutes old, served without making a request wait for their
 * recomputation (Caffeine's {@code refreshAfterWrite} and {@code expireAfterWrite}).
 * <ul>
 * <li>A value younger than {@code refreshAfter} is served as it is.</li>
 * <li>A value between {@code refreshAfter} and {@code expireAfter} old is still served, and the first request that
 * sees it starts one recomputation on {@code refresher}; the next requests get the new value once it is there. No
 * request waits for the recomputation. A recomputation that fails leaves the value as it was (Caffeine logs the
 * failure), and the next request after it starts another.</li>
 * <li>A missing value, one older than {@code expireAfter} (nobody asked for a while) or one whose computation failed
 * is computed by the request, in its own thread, once for all the requests that ask for it at the same time; they
 * wait for that one computation (outside any lock of the cache: other keys are served meanwhile).</li>
 * </ul>
 * Contract: a value is at most {@code expireAfter} old; nothing in the application invalidates it earlier (a test that
 * compares a figure with the database it has just changed forgets the values first: {@link #forgetAll()}).
 */
public final class RefreshingCache<K, V> {

	private final AsyncLoadingCache<K, V> cache;

	private final Function<K, V> compute;

	/**
	 * Values of {@code compute}, recomputed on {@code refresher} after {@code refreshAfter}, dropped after
	 * {@code expireAfter}.
	 */
	public RefreshingCache(Duration refreshAfter, Duration expireAfter, Executor refresher, Function<K, V> compute) {
		this(refreshAfter, expireAfter, Ticker.systemTicker(), refresher, compute);
	}

	RefreshingCache(Duration refreshAfter, Duration expireAfter, Ticker ticker, Executor refresher,
			Function<K, V> compute) {
		this.compute = compute;
		// the recomputations go to the refresher; Caffeine's own upkeep runs in the thread that reads (Runnable::run)
		AsyncCacheLoader<K, V> recompute = (key, upkeep) -> {
			try {
				return CompletableFuture.supplyAsync(() -> compute.apply(key), refresher);
			}
			catch (RejectedExecutionException busy) {
				return CompletableFuture.failedFuture(busy); // the value stays; the next request tries again
			}
		};
		this.cache = Caffeine.newBuilder()
			.refreshAfterWrite(refreshAfter)
			.expireAfterWrite(expireAfter)
			.ticker(ticker)
			.executor(Runnable::run)
			.buildAsync(recompute);
	}

	/** Drops every value: the next request computes it. For tests that compare a figure with the database. */
	public void forgetAll() {
		cache.synchronous().invalidateAll();
	}

	public V get(K key) {
		var mine = new CompletableFuture<V>();
		CompletableFuture<V> value = cache.get(key, (k, upkeep) -> mine);
		if (value == mine) {
			// missing or expired: this request computes it, the others asking meanwhile wait for this future
			try {
				mine.complete(compute.apply(key));
			}
			catch (RuntimeException | Error ex) {
				mine.completeExceptionally(ex); // and Caffeine forgets it: the next request tries again
				throw ex;
			}
		}
		try {
			return value.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException r ? r : ex;
		}
	}

}
