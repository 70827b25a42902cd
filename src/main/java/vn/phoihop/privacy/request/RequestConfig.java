package vn.phoihop.privacy.request;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the requests' deadlines ({@code app.privacy.requests.*}, docs/privacy.md §3). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestDeadlines.class)
class RequestConfig {

}
