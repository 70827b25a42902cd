package vn.phoihop.shared.cache;

import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values decoded from bytes (a session attribute as Spring Session stores it), kept by the exact bytes they were
 * decoded from, so that the same bytes are not decoded again.
 * <p>
 * Contract: never stale: a value is served only for bytes equal to its own, so changed bytes (another user, a new
 * token) are another key and nothing kept can outlive what the database holds. At most {@code max} values, the least
 * used dropped first (Caffeine's {@code maximumSize}). The bytes are kept as given: callers do not change them.
 */
public final class KeptByBytes<V> {

	private final Cache<Bytes, V> kept;

	public KeptByBytes(long max) {
		this.kept = Caffeine.newBuilder().maximumSize(max).build();
	}

	/** The value kept for exactly these bytes, or {@code null}. */
	public V get(byte[] bytes) {
		return kept.getIfPresent(new Bytes(bytes));
	}

	public void keep(byte[] bytes, V value) {
		kept.put(new Bytes(bytes), value);
	}

	/** Bytes compared by content. */
	private record Bytes(byte[] value, int hash) {

		Bytes(byte[] value) {
			this(value, Arrays.hashCode(value));
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Bytes b && b.hash == hash && Arrays.equals(b.value, value);
		}

		@Override
		public int hashCode() {
			return hash;
		}

	}

}
