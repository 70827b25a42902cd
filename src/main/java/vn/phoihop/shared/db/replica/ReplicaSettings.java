package vn.phoihop.shared.db.replica;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reads from PostgreSQL streaming replicas (docs/operations.md, "Đọc từ bản sao"). Off unless
 * {@code app.replica.urls} (environment: {@code APP_REPLICA_URLS}, comma-separated JDBC URLs) names at least one.
 *
 * @param urls the replicas' JDBC URLs; user and password are the primary's unless given
 * @param maxLag a replica further behind the primary than this is left out until it catches up
 * @param checkInterval how often each instance measures its replicas' state
 * @param primaryAfterWrite after a user's own write, that user's reads stay on the primary this long; longer than
 * {@code maxLag} plus {@code checkInterval}, so what a user has just saved is on any replica used afterwards
 * @param readPaths the GET pages whose read-only work tolerates that lag (Spring path patterns)
 */
@ConfigurationProperties("app.replica")
public record ReplicaSettings(List<String> urls, String username, String password,
		@DefaultValue("3s") Duration maxLag, @DefaultValue("1s") Duration checkInterval,
		@DefaultValue("5s") Duration primaryAfterWrite,
		@DefaultValue({ "/", "/reports/**", "/households/summary", "/activities/export", "/situation",
				"/situation/export", "/border", "/programmes" }) List<String> readPaths) {

	public ReplicaSettings {
		urls = urls == null ? List.of() : urls.stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
	}

	public boolean enabled() {
		return !urls.isEmpty();
	}

}
