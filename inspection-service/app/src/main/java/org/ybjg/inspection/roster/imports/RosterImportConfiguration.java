package org.ybjg.inspection.roster.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ybjg.chassis.imports.ImportBodies;
import org.ybjg.chassis.imports.ImportSizeLimitFilter;

/** Wiring of roster imports: properties and the body size limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterImportProperties.class)
class RosterImportConfiguration {

  @Bean
  FilterRegistrationBean<ImportSizeLimitFilter> rosterImportSizeLimitFilter(RosterImportProperties properties) {
    return ImportSizeLimitFilter.registration("/api/inspection/imports/", properties.maxBytes(),
        "inspection.imports.max-bytes");
  }

  @Bean
  ImportBodies importBodies() {
    return new ImportBodies();
  }
}
