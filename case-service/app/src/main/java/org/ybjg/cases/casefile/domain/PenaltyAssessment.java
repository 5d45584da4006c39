package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The lawful penalty for a case as the rule table gives it: the article, the loss the multiples
 * apply to, the statutory and the adjusted fine range (inclusive), what it allows, the adjustments
 * and the reasoning.
 */
public record PenaltyAssessment(
    String article,
    String citation,
    BigDecimal lossBase,
    BigDecimal returnAmount,
    MoneyRange fineRange,
    MoneyRange statutoryRange,
    BigDecimal proposedFine,
    boolean fineMandatory,
    boolean suspensionAllowed,
    boolean terminationAllowed,
    CreditConsequence creditConsequence,
    Extrapolation extrapolation,
    List<Adjustment> adjustments,
    String explanation) {

  public PenaltyAssessment {
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
  }

  public boolean noPenalty() {
    return adjustments.stream().anyMatch(a -> a.kind() == AdjustmentKind.NO_PENALTY);
  }
}
