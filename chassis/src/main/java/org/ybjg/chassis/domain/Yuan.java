package org.ybjg.chassis.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in yuan, the one way every service reads, checks and writes it: a {@link BigDecimal} held
 * with scale 2 (分), never a double. Amounts that people or other services send are taken exactly —
 * more than two decimals is an error, never silently rounded; amounts the platform computes (a
 * multiple of a loss, a reward ratio) are rounded half-up to the fen. Null stays null where an
 * amount is optional.
 */
public final class Yuan {

  /** Two decimals: the fen (分) is the smallest unit of the yuan. */
  public static final int SCALE = 2;

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private Yuan() {}

  /**
   * The amount with scale 2; an {@link ArithmeticException} if it has fractions of a fen ({@code
   * 1.230} is fine).
   */
  public static BigDecimal exact(BigDecimal amount) {
    return amount == null ? null : amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /** A computed amount rounded half-up to the fen. */
  public static BigDecimal rounded(BigDecimal amount) {
    return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Reads a decimal text such as {@code "12800.5"} exactly (null or blank is null). Meant for input
   * a contract's pattern already checked ({@code ^[0-9]{1,13}(\.[0-9]{1,2})?$}); anything else
   * throws.
   */
  public static BigDecimal parse(String text) {
    return text == null || text.isBlank() ? null : exact(new BigDecimal(text.strip()));
  }

  /**
   * The contract's text of an amount, always with two decimals ({@code "18600.00"}); null stays
   * null.
   */
  public static String format(BigDecimal amount) {
    return amount == null ? null : exact(amount).toPlainString();
  }

  /**
   * Whether the amount has fractions of a fen, whatever zeros follow ({@code 1.001}, not {@code
   * 1.230}).
   */
  public static boolean hasFractionsOfAFen(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() > SCALE;
  }

  /**
   * Checks an amount a person typed, as written: required, a decimal number, not negative and
   * written with at most two decimals ({@code 1.230} is refused too: the form has two places). A
   * {@link Refusal} on {@code field}.
   */
  public static BigDecimal required(String text, String field) {
    if (text == null || text.isBlank()) {
      throw Refusal.rule("invalid-amount", field, "金额不能为空 (an amount is required)");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.rule("invalid-amount", field, "金额格式不正确 (not a decimal number): " + text);
    }
    return required(amount, field);
  }

  /** {@link #required(String, String)} for an amount already read as a number. */
  public static BigDecimal required(BigDecimal amount, String field) {
    if (amount == null) {
      throw Refusal.rule("invalid-amount", field, "金额不能为空 (an amount is required)");
    }
    if (amount.signum() < 0) {
      throw Refusal.rule("negative-amount", field, "金额不能为负 (an amount cannot be negative)");
    }
    if (amount.scale() > SCALE) {
      throw Refusal.rule("too-many-decimals", field, "金额最多两位小数 (at most two decimals, 分)");
    }
    return exact(amount);
  }
}
