package org.ybjg.cases.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision on a case (处理决定): its document number, the agreement measures it orders, the fine and the
 * fund money to return (yuan, scale 2, or null), the article applied and legal basis, the credit consequence,
 * how the lawful range was found, and who issued and signed it.
 */
public record Decision(
    DecisionNumber number,
    List<Measure> measures,
    BigDecimal fineAmount,
    String basis,
    LocalDate decidedOn,
    String decidedBy,
    BigDecimal returnAmount,
    String article,
    CreditConsequence creditConsequence,
    PenaltyAssessment penalty,
    List<String> signedBy) {

  public Decision {
    if (number == null || decidedOn == null || decidedBy == null) {
      throw new IllegalArgumentException("a decision needs its number, date and issuing officer");
    }
    measures = measures == null ? List.of() : List.copyOf(measures);
    signedBy = signedBy == null || signedBy.isEmpty() ? List.of(decidedBy) : List.copyOf(signedBy);
  }
}
