package org.ybjg.registry.evaluation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ybjg.registry.evaluation.domain.ScoringTable;

@Configuration
@EnableConfigurationProperties(EvaluationProperties.class)
class EvaluationConfiguration {

  @Bean
  ScoringTable scoringTable(EvaluationProperties properties) {
    return properties.table();
  }
}
