package org.ybjg.cases.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.ybjg.cases.decision.domain.MeasureRules;

/** Wiring of the case service beyond what the chassis provides. */
@Configuration(proxyBeanMethods = false)
public class CaseConfiguration {

  /** Legal dates (opened on, decided on, measure periods) are calendar dates of the bureaus. */
  public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

  /** The measure rule table; a bureau overrides it with {@code ybjg.cases.measure-rules}. */
  @Bean
  MeasureRules measureRules(ResourceLoader resources,
      @Value("${ybjg.cases.measure-rules:classpath:rules/measure-rules.csv}") String location) {
    try (InputStream csv = resources.getResource(location).getInputStream()) {
      List<String> lines = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return MeasureRules.fromCsv(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the measure rule table " + location, e);
    }
  }
}
