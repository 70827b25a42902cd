package vn.phoihop.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A value is served only at the count of changes it was computed at. (The counts kept by PostgreSQL's triggers, and
 * the pages that never show stale totals, are proven by {@code ActivityKeptTotalsTest} and
 * {@code HouseholdKeptTotalsTest}.)
 */
class KeptByChangesTest {

	private final KeptByChanges<String, String> kept = new KeptByChanges<>(10);

	private final AtomicInteger computed = new AtomicInteger();

	private String compute() {
		return "v" + computed.incrementAndGet();
	}

	@Test
	void aValueIsServedWhileTheCountHasNotMoved() {
		assertThat(kept.get("scope", 7, this::compute)).isEqualTo("v1");
		assertThat(kept.get("scope", 7, this::compute)).isEqualTo("v1");
		assertThat(kept.peek("scope", 7)).isEqualTo("v1");
		assertThat(computed).hasValue(1);
	}

	@Test
	void aMovedCountIsComputedAgainAndPeekComputesNothing() {
		kept.get("scope", 7, this::compute);
		assertThat(kept.peek("scope", 8)).isNull();
		assertThat(computed).hasValue(1);
		assertThat(kept.get("scope", 8, this::compute)).isEqualTo("v2");
		assertThat(kept.peek("scope", 7)).as("the older count's value is gone").isNull();
	}

	@Test
	void keysAreKeptApart() {
		assertThat(kept.get("a", 1, () -> "A")).isEqualTo("A");
		assertThat(kept.get("b", 1, () -> "B")).isEqualTo("B");
		assertThat(kept.peek("a", 1)).isEqualTo("A");
	}

	@Test
	void moreKeysThanTheBoundAreServedCorrectly() {
		for (int i = 0; i < 100; i++) {
			assertThat(kept.get("k" + i, i, () -> "ok")).isEqualTo("ok");
		}
		// whatever was dropped, nothing is served for another count
		for (int i = 0; i < 100; i++) {
			assertThat(kept.peek("k" + i, i + 1)).isNull();
		}
	}

}
