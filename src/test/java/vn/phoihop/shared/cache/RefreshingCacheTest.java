package vn.phoihop.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The large scopes' dashboard figures (the dashboard's {@code DashboardFigures}): kept a while, then recomputed in
 * the background while the previous value is still served, so that no request waits seconds for the whole country's
 * figures once they were computed; older than two periods, computed by the request.
 */
class RefreshingCacheTest {

	private static final long TTL = 1_000;

	private final AtomicLong now = new AtomicLong(0);

	/** The background recomputations, run when the test says so. */
	private final List<Runnable> pending = new ArrayList<>();

	private final AtomicInteger computed = new AtomicInteger();

	/** The database is down: every computation fails. */
	private final AtomicBoolean down = new AtomicBoolean();

	/** Runs before each computation. */
	private volatile Runnable beforeComputing = () -> {
	};

	private final RefreshingCache<String, String> cache = new RefreshingCache<>(Duration.ofNanos(TTL),
			Duration.ofNanos(2 * TTL), now::get, pending::add, this::compute);

	private String compute(String key) {
		beforeComputing.run();
		if (down.get()) {
			throw new IllegalStateException("database down");
		}
		return key + computed.incrementAndGet();
	}

	@Test
	void aFreshValueIsServedWithoutComputingAgain() {
		assertThat(cache.get("k")).isEqualTo("k1");
		now.set(TTL - 1);
		assertThat(cache.get("k")).isEqualTo("k1");
		assertThat(computed).hasValue(1);
		assertThat(pending).isEmpty();
	}

	@Test
	void anExpiredValueIsStillServedWhileOneRecomputationRunsInTheBackground() {
		cache.get("k");
		now.set(TTL + 10);
		// the request that finds it expired does not wait: it gets the previous value
		assertThat(cache.get("k")).isEqualTo("k1");
		assertThat(cache.get("k")).isEqualTo("k1");
		assertThat(computed).hasValue(1);
		assertThat(pending).as("one recomputation for all the requests").hasSize(1);

		pending.remove(0).run();
		assertThat(computed).hasValue(2);
		assertThat(cache.get("k")).isEqualTo("k2");
		// and the new value is fresh for another TTL from when it was computed
		now.set(2 * TTL);
		assertThat(cache.get("k")).isEqualTo("k2");
		assertThat(pending).isEmpty();
	}

	@Test
	void aValueNobodyAskedForDuringTwoPeriodsIsRecomputedByTheRequest() {
		cache.get("k");
		now.set(2 * TTL);
		assertThat(cache.get("k")).isEqualTo("k2");
		assertThat(pending).isEmpty();
	}

	@Test
	void aFailedRecomputationKeepsThePreviousValueAndIsTriedAgain() {
		cache.get("k");
		now.set(TTL + 1);
		down.set(true);
		assertThat(cache.get("k")).isEqualTo("k1");
		pending.remove(0).run();
		down.set(false);
		assertThat(cache.get("k")).isEqualTo("k1");
		assertThat(pending).as("the next request starts another try").hasSize(1);
		pending.remove(0).run();
		assertThat(cache.get("k")).isEqualTo("k2");
	}

	@Test
	void aRecomputationTheExecutorRefusesKeepsThePreviousValueAndIsTriedAgain() {
		AtomicBoolean busy = new AtomicBoolean(true);
		RefreshingCache<String, String> cache = new RefreshingCache<>(Duration.ofNanos(TTL), Duration.ofNanos(2 * TTL),
				now::get, task -> {
					if (busy.get()) {
						throw new RejectedExecutionException("queue full");
					}
					pending.add(task);
				}, this::compute);
		cache.get("k");
		now.set(TTL + 1);
		assertThat(cache.get("k")).isEqualTo("k1");
		busy.set(false);
		assertThat(cache.get("k")).isEqualTo("k1");
		assertThat(pending).as("the next request starts another try").hasSize(1);
		pending.remove(0).run();
		assertThat(cache.get("k")).isEqualTo("k2");
	}

	@Test
	void aFailedFirstComputationIsNotKept() {
		down.set(true);
		assertThatThrownBy(() -> cache.get("k")).hasMessage("database down");
		down.set(false);
		assertThat(cache.get("k")).isEqualTo("k1");
	}

	@Test
	void keysAreKeptApart() {
		assertThat(cache.get("a")).isEqualTo("a1");
		assertThat(cache.get("b")).isEqualTo("b2");
		assertThat(cache.get("a")).isEqualTo("a1");
	}

	@Test
	void concurrentRequestsForAMissingValueComputeItOnce() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(9);
		try {
			beforeComputing = () -> {
				started.countDown();
				await(release);
			};
			List<Future<String>> answers = new ArrayList<>();
			answers.add(pool.submit(() -> cache.get("k")));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 7; i++) {
				answers.add(pool.submit(() -> cache.get("k")));
			}
			// another key is computed and served meanwhile: the computation holds no lock of the cache
			beforeComputing = () -> {
			};
			assertThat(pool.submit(() -> cache.get("other")).get(5, TimeUnit.SECONDS)).isEqualTo("other1");
			release.countDown();
			for (Future<String> answer : answers) {
				// computed once, after the other key's
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("k2");
			}
			assertThat(computed).hasValue(2);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
