package org.ybjg.registry.config;

import java.time.ZoneId;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.ybjg.chassis.calendar.domain.LegalDay;

/** Wiring of the registry beyond the chassis defaults. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RegistryConfiguration {

  /** Legal dates ("today", deadlines, suspension periods) are days in China. */
  public static final ZoneId ZONE = LegalDay.ZONE;
}
