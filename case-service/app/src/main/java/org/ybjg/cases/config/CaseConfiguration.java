package org.ybjg.cases.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.ybjg.cases.casefile.domain.TimeLimits;
import org.ybjg.cases.decision.domain.MeasureRules;
import org.ybjg.cases.decision.domain.PenaltyRules;
import org.ybjg.cases.points.domain.PointsTable;

/**
 * Wiring of the case service beyond what the chassis provides: the rule tables, each loaded at
 * start-up from a file a bureau may replace (docs/law.md: legal parameters are data, not code).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class CaseConfiguration {

  /** The measure rule table; a bureau overrides it with {@code ybjg.cases.measure-rules}. */
  @Bean
  MeasureRules measureRules(
      ResourceLoader resources,
      @Value("${ybjg.cases.measure-rules:classpath:rules/measure-rules.csv}") String location) {
    return load(resources, location, "measure rule table", MeasureRules::fromCsv);
  }

  /** The province's points table for 医保医师 (医保发〔2024〕23号); {@code ybjg.cases.doctor-points}. */
  @Bean
  PointsTable pointsTable(
      ResourceLoader resources,
      @Value("${ybjg.cases.doctor-points:classpath:rules/doctor-points.csv}") String location) {
    return load(resources, location, "points table", PointsTable::fromCsv);
  }

  /** The penalty rule table; {@code ybjg.cases.penalty-rules}. */
  @Bean
  PenaltyRules penaltyRules(
      ResourceLoader resources,
      @Value("${ybjg.cases.penalty-rules:classpath:rules/penalty-rules.csv}") String location) {
    return load(resources, location, "penalty rule table", PenaltyRules::fromCsv);
  }

  /** The time-limit table; {@code ybjg.cases.time-limits}. */
  @Bean
  TimeLimits timeLimits(
      ResourceLoader resources,
      @Value("${ybjg.cases.time-limits:classpath:rules/time-limits.csv}") String location) {
    return load(resources, location, "time-limit table", TimeLimits::fromCsv);
  }

  private static <T> T load(
      ResourceLoader resources, String location, String what, Function<List<String>, T> parse) {
    try (InputStream csv = resources.getResource(location).getInputStream()) {
      return parse.apply(new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + " " + location, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "the " + what + " " + location + " is invalid: " + e.getMessage(), e);
    }
  }
}
