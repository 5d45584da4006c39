package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;

/** A range of yuan, both bounds inclusive. */
public record MoneyRange(BigDecimal min, BigDecimal max) {

  public MoneyRange {
    if (min == null || max == null || min.compareTo(max) > 0) {
      throw new IllegalArgumentException("not a range: " + min + "–" + max);
    }
  }

  public boolean contains(BigDecimal amount) {
    return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
  }

  public String text() {
    return min.toPlainString() + "–" + max.toPlainString();
  }
}
