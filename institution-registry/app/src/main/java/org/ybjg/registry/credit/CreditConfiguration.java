package org.ybjg.registry.credit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ybjg.registry.institution.domain.CreditRepairRule;
import org.ybjg.registry.institution.domain.CreditScale;

@Configuration
@EnableConfigurationProperties(CreditProperties.class)
class CreditConfiguration {

  @Bean
  CreditScale creditScale(CreditProperties properties) {
    return properties.scale();
  }

  @Bean
  CreditRepairRule creditRepairRule(CreditProperties properties) {
    return properties.repairRule();
  }
}
