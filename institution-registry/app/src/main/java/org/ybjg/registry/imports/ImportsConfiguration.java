package org.ybjg.registry.imports;

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

/** Wiring of bulk imports: properties, the size limit, and the chassis's job store and runner. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportsConfiguration {

  @Bean
  FilterRegistrationBean<ImportSizeLimitFilter> importSizeLimitFilter(ImportProperties properties) {
    return ImportSizeLimitFilter.registration(
        "/api/registry/imports/", properties.maxBytes(), "registry.imports.max-bytes");
  }

  @Bean
  ImportBodies importBodies() {
    return new ImportBodies();
  }

  @Bean
  ImportJobs importJobs(MongoTemplate mongo) {
    return new ImportJobs(mongo);
  }

  /** One import at a time: imports of the same institutions must not interleave. */
  @Bean
  ImportRunner importRunner(ImportJobs jobs, Clock clock) {
    return new ImportRunner(jobs, clock, "registry-import");
  }
}
