package vn.phoihop.shared.web.lane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The reads' lane (docs/architecture.md, "Writes ahead of reads"): reads beyond its places wait their turn, writes
 * and static files never wait, and a read that waited too long goes ahead rather than fail.
 */
class ReadLaneTest {

	/** Released at the end of each test: the first read holds its place until then. */
	private final CountDownLatch release = new CountDownLatch(1);

	/** Each request on a thread of its own (the common pool has one thread on two cores). */
	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void releaseHeldReads() {
		release.countDown();
		threads.shutdownNow();
	}

	private static ReadLane lane(int places, Duration maxWait) {
		return new ReadLane(new ReadLaneSettings(places, maxWait,
				List.of("/css/**", "/js/**", "/images/**", "/webjars/**", "/actuator/**")));
	}

	/** Sends a request through the lane on another thread; {@code entered} counts down when it reaches the page. */
	private CompletableFuture<Void> send(ReadLane lane, String method, String path, CountDownLatch entered,
			boolean hold) {
		FilterChain page = (req, res) -> {
			entered.countDown();
			if (hold) {
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
		return CompletableFuture.runAsync(() -> {
			try {
				lane.doFilter(new MockHttpServletRequest(method, path), new MockHttpServletResponse(), page);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, threads);
	}

	@Test
	void aReadBeyondThePlacesWaitsUntilAPlaceIsFreeWhileASaveGoesStraightThrough() throws Exception {
		ReadLane lane = lane(1, Duration.ofSeconds(10));
		CountDownLatch firstIn = new CountDownLatch(1);
		send(lane, "GET", "/reports/period", firstIn, true);
		assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();

		CountDownLatch secondIn = new CountDownLatch(1);
		CompletableFuture<Void> second = send(lane, "GET", "/activities", secondIn, false);
		CountDownLatch saveIn = new CountDownLatch(1);
		CompletableFuture<Void> save = send(lane, "POST", "/activities", saveIn, false);

		// the save is worked on at once, the second read is not
		assertThat(saveIn.await(5, TimeUnit.SECONDS)).isTrue();
		save.get(5, TimeUnit.SECONDS);
		assertThat(secondIn.await(300, TimeUnit.MILLISECONDS)).isFalse();
		assertThat(lane.waiting()).isEqualTo(1);

		// the first read ends: the second takes its place
		release.countDown();
		assertThat(secondIn.await(5, TimeUnit.SECONDS)).isTrue();
		second.get(5, TimeUnit.SECONDS);
		assertThat(lane.waiting()).isZero();
	}

	@Test
	void staticFilesAndTheHealthCheckNeverWait() throws Exception {
		ReadLane lane = lane(1, Duration.ofSeconds(10));
		CountDownLatch firstIn = new CountDownLatch(1);
		send(lane, "GET", "/", firstIn, true);
		assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();

		for (String path : List.of("/webjars/bootstrap/css/bootstrap.min.css", "/css/app.css", "/actuator/health")) {
			CountDownLatch in = new CountDownLatch(1);
			send(lane, "GET", path, in, false).get(5, TimeUnit.SECONDS);
			assertThat(in.getCount()).as(path).isZero();
		}
		CountDownLatch head = new CountDownLatch(1);
		send(lane, "HEAD", "/reports/period", head, false);
		assertThat(head.await(300, TimeUnit.MILLISECONDS)).as("HEAD is a read").isFalse();
	}

	@Test
	void aReadThatWaitedTooLongGoesAheadInsteadOfFailing() throws Exception {
		ReadLane lane = lane(1, Duration.ofMillis(200));
		CountDownLatch firstIn = new CountDownLatch(1);
		send(lane, "GET", "/reports/period", firstIn, true);
		assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();

		CountDownLatch secondIn = new CountDownLatch(1);
		long t0 = System.nanoTime();
		send(lane, "GET", "/reports/period", secondIn, false).get(5, TimeUnit.SECONDS);
		long waited = (System.nanoTime() - t0) / 1_000_000;
		assertThat(secondIn.getCount()).isZero();
		assertThat(waited).isBetween(150L, 4000L);
	}

	@Test
	void readsAreServedInTheOrderTheyCame() throws Exception {
		ReadLane lane = lane(1, Duration.ofSeconds(10));
		CountDownLatch firstIn = new CountDownLatch(1);
		send(lane, "GET", "/", firstIn, true);
		assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();
		StringBuffer order = new StringBuffer();
		List<CompletableFuture<Void>> waiting = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			waiting.add(CompletableFuture.runAsync(() -> {
				try {
					lane.doFilter(new MockHttpServletRequest("GET", "/activities"), new MockHttpServletResponse(),
							(req, res) -> order.append(n));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}, threads));
			// each queued before the next arrives
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			while (lane.waiting() < i + 1 && System.nanoTime() < until) {
				Thread.onSpinWait();
			}
		}
		release.countDown();
		CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
		assertThat(order).hasToString("01234");
	}

	@Test
	void withoutPermitsSetTheLaneHasAPlacePerCoreAndOneMore() {
		ReadLaneSettings settings = new ReadLaneSettings(0, Duration.ofSeconds(10), List.of());
		assertThat(settings.places()).isEqualTo(Runtime.getRuntime().availableProcessors() + 1);
		assertThat(new ReadLaneSettings(3, Duration.ofSeconds(10), List.of()).places()).isEqualTo(3);
	}

}
