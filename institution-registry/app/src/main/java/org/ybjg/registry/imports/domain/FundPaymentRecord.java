package org.ybjg.registry.imports.domain;

import java.math.BigDecimal;

/**
 * A valid fund-payment row: the institution's national code, the year and the amount in yuan (scale
 * 2).
 */
public record FundPaymentRecord(int row, String nationalCode, int year, BigDecimal amount) {}
