package org.ybjg.registry.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ybjg.chassis.imports.ImportBodies;
import org.ybjg.chassis.imports.ImportSizeLimitFilter;

/** Wiring of bulk imports: properties, and the size limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportsConfiguration {

  @Bean
  FilterRegistrationBean<ImportSizeLimitFilter> importSizeLimitFilter(ImportProperties properties) {
    return ImportSizeLimitFilter.registration("/api/registry/imports/", properties.maxBytes(), "registry.imports.max-bytes");
  }

  @Bean
  ImportBodies importBodies() {
    return new ImportBodies();
  }
}
