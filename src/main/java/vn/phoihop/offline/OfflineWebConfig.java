package vn.phoihop.offline;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link OfflineCopies} for the pages (not the static files). */
@Configuration(proxyBeanMethods = false)
class OfflineWebConfig implements WebMvcConfigurer {

	private final OfflineCopies copies;

	OfflineWebConfig(OfflineCopies copies) {
		this.copies = copies;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(copies).excludePathPatterns("/css/**", "/js/**", "/images/**", "/webjars/**");
	}

}
