package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received: its kind, yuan (scale 2), day, who recorded it and the bank or receipt
 * reference.
 */
public record Payment(
    PaymentKind kind, BigDecimal amount, LocalDate on, String by, String reference) {}
