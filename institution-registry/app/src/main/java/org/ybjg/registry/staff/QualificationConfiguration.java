package org.ybjg.registry.staff;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ybjg.registry.qualification.domain.PointsLadder;

/** The points ladder of 医保医师 with the province's suspension period. */
@Configuration(proxyBeanMethods = false)
class QualificationConfiguration {

  @Bean
  PointsLadder pointsLadder(
      @Value("${registry.qualification.suspension-months:3}") int suspensionMonths) {
    return PointsLadder.national(suspensionMonths);
  }
}
