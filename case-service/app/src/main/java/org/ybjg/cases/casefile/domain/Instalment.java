package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of an approved plan: due day and yuan. */
public record Instalment(LocalDate due, BigDecimal amount) {}
