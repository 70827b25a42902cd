package vn.phoihop.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept for their time, and an invalidation that also empties the cache when the transaction of the change
 * ends. (That a value read while an invalidation happened is not kept, and that zero seconds keep nothing, is
 * proven by {@code TerritoryCacheTest}.)
 */
class ExpiringCacheTest {

	private final AtomicLong now = new AtomicLong();

	private final ExpiringCache cache = new ExpiringCache(Duration.ofNanos(1_000), 100, now::get);

	@Test
	void aValueIsKeptForItsTimeThenReadAgain() {
		assertThat(cache.get("k", () -> "v1")).isEqualTo("v1");
		now.set(999);
		assertThat(cache.get("k", () -> "v2")).isEqualTo("v1");
		now.set(1_000);
		assertThat(cache.get("k", () -> "v2")).isEqualTo("v2");
	}

	@Test
	void aValueReadBeforeTheChangeCommittedIsForgottenWhenItsTransactionEnds() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			cache.invalidate();
			// another request reads the data as it was, the change not yet committed
			assertThat(cache.get("k", () -> "before")).isEqualTo("before");
			for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
				s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
			}
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(cache.get("k", () -> "after")).isEqualTo("after");
	}

	@Test
	void nullIsNotKept() {
		assertThat(cache.<String>get("k", () -> null)).isNull();
		assertThat(cache.get("k", () -> "v")).isEqualTo("v");
	}

}
