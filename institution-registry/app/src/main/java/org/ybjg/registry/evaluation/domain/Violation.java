package org.ybjg.registry.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One decided violation as the annual evaluation counts it (承医保发〔2019〕2号 §6: amount, count and
 * nature).
 *
 * @param eventId the {@code case.decision-issued.v1} event it came from (counted once)
 * @param improperAmount yuan improperly paid (违规金额), zero if none was found
 * @param recordedAt when the registry counted it
 */
public record Violation(
    String eventId,
    String caseId,
    String decisionNumber,
    LocalDate decidedOn,
    ViolationCategory category,
    BigDecimal improperAmount,
    String article,
    Instant recordedAt) {

  public Violation {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(recordedAt, "recordedAt");
    improperAmount =
        improperAmount == null || improperAmount.signum() < 0 ? BigDecimal.ZERO : improperAmount;
  }
}
