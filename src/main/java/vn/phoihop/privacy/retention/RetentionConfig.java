package vn.phoihop.privacy.retention;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the retention periods ({@code app.privacy.retention.*}, docs/privacy.md §4). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionConfig {

}
