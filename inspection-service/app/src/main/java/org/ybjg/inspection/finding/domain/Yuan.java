package org.ybjg.inspection.finding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ybjg.chassis.domain.Refusal;

/** Money in yuan: never negative, at most two decimals (分), always held with scale 2. */
public final class Yuan {

  private Yuan() {}

  /** Reads a decimal text such as {@code "12800.5"}; anything else is a rule violation on {@code field}. */
  public static BigDecimal parse(String text, String field) {
    if (text == null || text.isBlank()) {
      throw Refusal.rule("invalid-amount", field, "金额不能为空 (an amount is required)");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.rule("invalid-amount", field, "金额格式不正确 (not a decimal number): " + text);
    }
    return of(amount, field);
  }

  /** Checks an amount and gives it scale 2. */
  public static BigDecimal of(BigDecimal amount, String field) {
    if (amount == null) {
      throw Refusal.rule("invalid-amount", field, "金额不能为空 (an amount is required)");
    }
    if (amount.signum() < 0) {
      throw Refusal.rule("negative-amount", field, "金额不能为负 (an amount cannot be negative)");
    }
    if (amount.scale() > 2) {
      throw Refusal.rule("too-many-decimals", field, "金额最多两位小数 (at most two decimals, 分)");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
