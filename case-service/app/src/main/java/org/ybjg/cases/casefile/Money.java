package org.ybjg.cases.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in the API: a decimal string of yuan. Input was checked by the spec's pattern
 * ({@code ^[0-9]{1,13}(\.[0-9]{1,2})?$}: not negative, at most two decimals), so parsing cannot fail on it;
 * answers always carry two decimals ({@code "18600.00"}).
 */
public final class Money {

  private Money() {}

  public static BigDecimal parse(String text) {
    return text == null || text.isBlank() ? null : new BigDecimal(text.strip()).setScale(2, RoundingMode.UNNECESSARY);
  }

  public static String format(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }
}
