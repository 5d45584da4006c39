package org.ybjg.registry.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of bulk imports: properties, and the size limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportsConfiguration {

  @Bean
  FilterRegistrationBean<ImportSizeLimitFilter> importSizeLimitFilter(ImportProperties properties) {
    FilterRegistrationBean<ImportSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new ImportSizeLimitFilter(properties.maxBytes()));
    registration.addUrlPatterns(ImportSizeLimitFilter.IMPORTS + "*");
    return registration;
  }
}
