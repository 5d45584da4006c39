package org.ybjg.inspection.roster.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of roster imports: properties and the body size limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterImportProperties.class)
class RosterImportConfiguration {

  @Bean
  FilterRegistrationBean<ImportSizeLimitFilter> rosterImportSizeLimitFilter(RosterImportProperties properties) {
    FilterRegistrationBean<ImportSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new ImportSizeLimitFilter(properties.maxBytes()));
    registration.addUrlPatterns(ImportSizeLimitFilter.IMPORTS + "*");
    return registration;
  }
}
