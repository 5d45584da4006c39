package org.ybjg.cases.decision.domain;

import java.math.BigDecimal;
import org.ybjg.cases.casefile.domain.CreditConsequence;
import org.ybjg.cases.casefile.domain.FindingCategory;

/**
 * One row of the penalty rule table (docs/law.md#regulation): what an article of 条例 provides for a
 * violation class.
 */
public record PenaltyRule(
    FindingCategory category,
    String article,
    FineBasis fineBasis,
    BigDecimal fineMin,
    BigDecimal fineMax,
    boolean fineMandatory,
    boolean returnOfLoss,
    boolean suspensionAllowed,
    boolean terminationAllowed,
    CreditConsequence credit,
    boolean toConfirm,
    String citation,
    String source) {

  public PenaltyRule {
    if (category == null || article == null || fineBasis == null || credit == null) {
      throw new IllegalArgumentException(
          "a penalty rule needs category, article, fine basis and credit");
    }
    if (fineMin == null
        || fineMax == null
        || fineMin.signum() < 0
        || fineMin.compareTo(fineMax) > 0) {
      throw new IllegalArgumentException(
          category + ": fine bounds " + fineMin + "–" + fineMax + " are not a range");
    }
  }

  /** How the range reads in a message: {@code 1× to 2× the loss} or {@code 10000 to 50000 yuan}. */
  public String rangeWords() {
    return fineBasis == FineBasis.LOSS_MULTIPLE
        ? fineMin.stripTrailingZeros().toPlainString()
            + "× to "
            + fineMax.stripTrailingZeros().toPlainString()
            + "× the loss"
        : fineMin.toPlainString() + " to " + fineMax.toPlainString() + " yuan";
  }
}
