package org.ybjg.cases.decision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** A decision checked against the rules but not yet numbered: numbering happens as it is stored. */
public record DecisionDraft(List<Measure> measures, BigDecimal fineAmount, String basis) {

  public DecisionDraft {
    measures = List.copyOf(measures);
  }

  /**
   * Checks what an officer asks for: every measure against the rule table; the fine is yuan, not
   * negative, at most two decimals; a decision orders at least one measure or a fine.
   */
  public static DecisionDraft of(List<MeasureOrder> orders, BigDecimal fineAmount, String basis, MeasureRules rules) {
    List<Measure> measures = rules.check(orders == null ? List.of() : orders);
    BigDecimal fine = fine(fineAmount);
    if (measures.isEmpty() && fine == null) {
      throw new DecisionRefused("decision-orders-nothing", "measures",
          "a decision orders at least one agreement measure or a fine");
    }
    String trimmedBasis = basis == null || basis.isBlank() ? null : basis.strip();
    return new DecisionDraft(measures, fine, trimmedBasis);
  }

  private static BigDecimal fine(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    if (amount.signum() < 0) {
      throw new DecisionRefused("fine-negative", "fineAmount", "a fine cannot be negative");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new DecisionRefused("fine-below-fen", "fineAmount", "a fine is in yuan with at most two decimals");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public Decision numbered(DecisionNumber number, LocalDate decidedOn, String decidedBy) {
    return new Decision(number, measures, fineAmount, basis, decidedOn, decidedBy);
  }
}
