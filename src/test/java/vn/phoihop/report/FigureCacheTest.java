package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The large scopes' dashboard figures: kept a while, then recomputed in the background while the previous value is
 * still served, so that no request waits seconds for the whole country's figures once they were computed.
 */
class FigureCacheTest {

	private static final long TTL = 1_000;

	private final AtomicLong now = new AtomicLong(0);

	/** The background recomputations, run when the test says so. */
	private final List<Runnable> pending = new ArrayList<>();

	private final FigureCache cache = new FigureCache(TTL, now::get, pending::add);

	private final AtomicInteger computed = new AtomicInteger();

	private String compute() {
		return "v" + computed.incrementAndGet();
	}

	@Test
	void aFreshValueIsServedWithoutComputingAgain() {
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v1");
		now.set(TTL - 1);
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v1");
		assertThat(computed).hasValue(1);
		assertThat(pending).isEmpty();
	}

	@Test
	void anExpiredValueIsStillServedWhileOneRecomputationRunsInTheBackground() {
		cache.get("k", this::compute);
		now.set(TTL + 10);
		// the request that finds it expired does not wait: it gets the previous value
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v1");
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v1");
		assertThat(computed).hasValue(1);
		assertThat(pending).as("one recomputation for all the requests").hasSize(1);

		pending.remove(0).run();
		assertThat(computed).hasValue(2);
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v2");
		// and the new value is fresh for another TTL from when it was computed
		now.set(2 * TTL);
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v2");
		assertThat(pending).isEmpty();
	}

	@Test
	void aValueNobodyAskedForDuringTwoPeriodsIsRecomputedByTheRequest() {
		cache.get("k", this::compute);
		now.set(2 * TTL);
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v2");
		assertThat(pending).isEmpty();
	}

	@Test
	void aFailedRecomputationKeepsThePreviousValueAndIsTriedAgain() {
		cache.get("k", this::compute);
		now.set(TTL + 1);
		cache.get("k", () -> {
			throw new IllegalStateException("database down");
		});
		pending.remove(0).run();
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v1");
		assertThat(pending).as("the next request starts another try").hasSize(1);
		pending.remove(0).run();
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v2");
	}

	@Test
	void aFailedFirstComputationIsNotKept() {
		assertThatThrownBy(() -> cache.get("k", () -> {
			throw new IllegalStateException("database down");
		})).hasMessage("database down");
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("v1");
	}

	@Test
	void keysAreKeptApart() {
		assertThat(cache.<String>get("a", () -> "A")).isEqualTo("A");
		assertThat(cache.<String>get("b", () -> "B")).isEqualTo("B");
		assertThat(cache.<String>get("a", () -> "other")).isEqualTo("A");
	}

	@Test
	void concurrentRequestsForAMissingValueComputeItOnce() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			answers.add(pool.submit(() -> cache.<String>get("k", () -> {
				started.countDown();
				await(release);
				return compute();
			})));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 7; i++) {
				answers.add(pool.submit(() -> cache.<String>get("k", this::compute)));
			}
			release.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("v1");
			}
			assertThat(computed).hasValue(1);
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
