package org.ybjg.registry.filing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ybjg.registry.filing.domain.FilingPolicy;

@Configuration
@EnableConfigurationProperties(FilingProperties.class)
class FilingConfiguration {

  @Bean
  FilingPolicy filingPolicy(FilingProperties properties) {
    return properties.policy();
  }
}
