package vn.phoihop.territory;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.cache.ExpiringCache;

/**
 * The territory as every page reads it (a user's scope, the communes and villages of a scope, the names of all
 * communes and posts), kept in memory for a short time ({@link ExpiringCache}): these reads were three to five
 * statements on every page and about a sixth of a list page's work at national scale (docs/performance.md), while
 * the territory changes a few times a year, always through {@link TerritoryService}.
 * <p>
 * Every edit through {@link TerritoryService} empties the cache at once and again when its transaction ends, so this
 * instance never serves the territory as it was before an edit it made. Another instance of the application (several
 * behind one load balancer) sees the edit when its entries expire, after {@code app.territory.cache-seconds}
 * (60 by default; 0 turns the cache off). Values are the same detached entities the services returned before, shared
 * between requests: callers read them and never change them.
 */
@Component
public class TerritoryCache {

	/** At most this many keys (scopes of many units at once), the least used dropped first, so it stays small. */
	static final int MAX_ENTRIES = 20_000;

	private final ExpiringCache cache;

	TerritoryCache(@Value("${app.territory.cache-seconds:60}") long seconds) {
		this.cache = new ExpiringCache(Duration.ofSeconds(Math.max(0, seconds)), MAX_ENTRIES);
	}

	/** The value under this key, computed by {@code load} when absent or expired. */
	<T> T get(Object key, Supplier<T> load) {
		return cache.get(key, load);
	}

	/**
	 * Forgets everything, now and when the current transaction (if any) completes: a request that read the old
	 * territory while the edit was being committed cannot leave it in the cache.
	 */
	public void invalidate() {
		cache.invalidate();
	}

}
