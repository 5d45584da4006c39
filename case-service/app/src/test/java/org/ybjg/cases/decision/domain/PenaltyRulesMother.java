package org.ybjg.cases.decision.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The penalty rule table the service ships with (src/main/resources/rules/penalty-rules.csv). */
public final class PenaltyRulesMother {

  private PenaltyRulesMother() {}

  public static PenaltyRules shipped() {
    try (InputStream csv =
        PenaltyRulesMother.class.getResourceAsStream("/rules/penalty-rules.csv")) {
      return PenaltyRules.fromCsv(
          new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
