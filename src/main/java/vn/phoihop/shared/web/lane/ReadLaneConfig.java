package vn.phoihop.shared.web.lane;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link ReadLane} first in the filter chain, unless {@code app.read-lane.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.read-lane.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ReadLaneSettings.class)
class ReadLaneConfig {

	@Bean
	FilterRegistrationBean<ReadLane> readLane(ReadLaneSettings settings) {
		FilterRegistrationBean<ReadLane> registration = new FilterRegistrationBean<>(new ReadLane(settings));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("readLane");
		return registration;
	}

}
