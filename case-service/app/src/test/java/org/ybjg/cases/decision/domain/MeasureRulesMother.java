package org.ybjg.cases.decision.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The rule table the service ships with (src/main/resources/rules/measure-rules.csv). */
public final class MeasureRulesMother {

  private MeasureRulesMother() {}

  public static MeasureRules shipped() {
    try (InputStream csv =
        MeasureRulesMother.class.getResourceAsStream("/rules/measure-rules.csv")) {
      return MeasureRules.fromCsv(
          new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
