package vn.phoihop.shared.web.lane;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reads' lane ({@link ReadLane}; docs/architecture.md, "Writes ahead of reads"). {@code app.read-lane.enabled=false}
 * turns it off ({@link ReadLaneConfig}): every request is then worked on as soon as it arrives.
 *
 * @param permits page reads worked on at once; 0 (the default) means one per processor core and one more, so that
 * a core has work while a read waits for the database (docs/performance.md: on 2 cores, 3 places left a save
 * 110 ms at p95 in the month-end rush, 4 places 180 ms, the reads' figures the same)
 * @param maxWait a read that has waited this long goes ahead without a place: as long as a request may wait for a
 * pooled connection ({@code spring.datasource.hikari.connection-timeout}, 3 s), so that when the database stops
 * answering, the reads queued behind the stuck ones are answered (503) about as soon as without the lane
 * (DatabaseFreezeTest); in the month-end rush a read waited 1.4 s at p99
 * @param freePaths paths whose reads never wait (static files, the health check, the service worker)
 */
@ConfigurationProperties("app.read-lane")
public record ReadLaneSettings(@DefaultValue("0") int permits,
		@DefaultValue("3s") Duration maxWait,
		@DefaultValue({ "/css/**", "/js/**", "/images/**", "/webjars/**", "/actuator/**", "/sw.js",
				"/manifest.webmanifest", "/favicon.ico" }) List<String> freePaths) {

	/** The places: {@link #permits()}, or one per core and one more. */
	public int places() {
		return permits > 0 ? permits : Runtime.getRuntime().availableProcessors() + 1;
	}

}
