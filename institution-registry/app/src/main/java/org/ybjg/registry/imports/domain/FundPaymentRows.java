package org.ybjg.registry.imports.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.RowError;

/**
 * The rules of a fund-payment row: a national code, a year from 2000 to the current year, and an
 * amount in yuan that is not negative and has at most two decimals (money is exact,
 * docs/architecture.md#money-and-dates).
 */
public final class FundPaymentRows {

  public static final Set<String> REQUIRED_COLUMNS = Set.of("nationalCode", "year", "amount");
  public static final int FIRST_YEAR = 2000;
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

  private FundPaymentRows() {}

  public static Validated<FundPaymentRecord> validate(RawRow row, int currentYear) {
    List<RowError> errors = new ArrayList<>();
    String nationalCode = row.get("nationalCode");
    if (nationalCode == null) {
      errors.add(InstitutionRows.missing(row, "nationalCode"));
    }
    Integer year = null;
    String yearText = row.get("year");
    if (yearText == null) {
      errors.add(InstitutionRows.missing(row, "year"));
    } else {
      try {
        year = Integer.parseInt(yearText);
        if (year < FIRST_YEAR || year > currentYear) {
          errors.add(
              new RowError(
                  row.number(),
                  "year",
                  "年度应在 " + FIRST_YEAR + "–" + currentYear + " 之间：" + yearText));
        }
      } catch (NumberFormatException e) {
        errors.add(new RowError(row.number(), "year", "年度应为整数：" + yearText));
      }
    }
    BigDecimal amount = null;
    String amountText = row.get("amount");
    if (amountText == null) {
      errors.add(InstitutionRows.missing(row, "amount"));
    } else {
      try {
        amount = new BigDecimal(amountText);
        if (amount.signum() < 0) {
          errors.add(new RowError(row.number(), "amount", "金额不能为负数：" + amountText));
        } else if (amount.stripTrailingZeros().scale() > 2) {
          errors.add(new RowError(row.number(), "amount", "金额最多两位小数：" + amountText));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
          errors.add(new RowError(row.number(), "amount", "金额过大：" + amountText));
        }
      } catch (NumberFormatException e) {
        errors.add(new RowError(row.number(), "amount", "金额应为数字（元）：" + amountText));
      }
    }
    if (!errors.isEmpty()) {
      return new Validated<>(null, errors);
    }
    return new Validated<>(
        new FundPaymentRecord(row.number(), nationalCode, year, Yuan.exact(amount)), List.of());
  }
}
