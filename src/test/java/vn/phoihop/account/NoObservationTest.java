package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.filter.ServerHttpObservationFilter;

import vn.phoihop.support.IntegrationTest;

/**
 * Nothing records metrics or traces on every request (docs/performance.md, "No observations or metrics per request"): the security filters are not
 * wrapped in observations, no MVC request timer runs, and logback consults no metrics filter on each log check.
 */
@IntegrationTest
class NoObservationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	FilterChainProxy securityFilters;

	@Test
	void noRequestIsObserved() {
		assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
			.isNotInstanceOf(ObservationFilterChainDecorator.class);
		SecurityObservationSettings security = context.getBean(SecurityObservationSettings.class);
		assertThat(security.shouldObserveRequests()).isFalse();
		assertThat(security.shouldObserveAuthentications()).isFalse();
		assertThat(security.shouldObserveAuthorizations()).isFalse();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch(r -> r.getFilter() instanceof ServerHttpObservationFilter);
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(logging.getTurboFilterList()).isEmpty();
	}

}
