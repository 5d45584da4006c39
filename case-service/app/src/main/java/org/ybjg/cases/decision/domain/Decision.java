package org.ybjg.cases.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision on a case (处理决定): its document number, the agreement measures it orders, the fine
 * (yuan, scale 2, or null) and its legal basis.
 */
public record Decision(
    DecisionNumber number,
    List<Measure> measures,
    BigDecimal fineAmount,
    String basis,
    LocalDate decidedOn,
    String decidedBy) {

  public Decision {
    if (number == null || decidedOn == null || decidedBy == null) {
      throw new IllegalArgumentException("a decision needs its number, date and issuing officer");
    }
    measures = measures == null ? List.of() : List.copyOf(measures);
  }
}
