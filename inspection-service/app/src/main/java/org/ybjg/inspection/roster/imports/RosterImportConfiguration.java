package org.ybjg.inspection.roster.imports;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.ybjg.chassis.imports.ImportBodies;
import org.ybjg.chassis.imports.ImportJobs;
import org.ybjg.chassis.imports.ImportRunner;
import org.ybjg.chassis.imports.ImportSizeLimitFilter;

/**
 * Wiring of roster imports: properties, the body size limit, and the chassis's job store and
 * runner.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterImportProperties.class)
class RosterImportConfiguration {

  @Bean
  FilterRegistrationBean<ImportSizeLimitFilter> rosterImportSizeLimitFilter(
      RosterImportProperties properties) {
    return ImportSizeLimitFilter.registration(
        "/api/inspection/imports/", properties.maxBytes(), "inspection.imports.max-bytes");
  }

  @Bean
  ImportBodies importBodies() {
    return new ImportBodies();
  }

  @Bean
  ImportJobs importJobs(MongoTemplate mongo) {
    return new ImportJobs(mongo);
  }

  /** One import at a time: two imports of the same people must not interleave. */
  @Bean
  ImportRunner importRunner(ImportJobs jobs, Clock clock) {
    return new ImportRunner(jobs, clock, "roster-import");
  }
}
