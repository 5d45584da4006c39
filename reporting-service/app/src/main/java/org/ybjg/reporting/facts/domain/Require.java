package org.ybjg.reporting.facts.domain;

import java.math.BigDecimal;
import org.ybjg.chassis.domain.Yuan;

/**
 * Checks shared by the facts; a violation is an {@link IllegalArgumentException} (a payload that
 * can never fit).
 */
final class Require {

  private Require() {}

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }

  /** Yuan with at most two decimals, never negative; returned with scale 2 (null stays null). */
  static BigDecimal yuan(BigDecimal amount, String field) {
    if (amount == null) {
      return null;
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(field + " is negative: " + amount);
    }
    if (Yuan.hasFractionsOfAFen(amount)) {
      throw new IllegalArgumentException(field + " has more than two decimals: " + amount);
    }
    return Yuan.exact(amount);
  }
}
