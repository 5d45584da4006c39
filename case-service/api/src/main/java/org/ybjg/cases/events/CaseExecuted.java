package org.ybjg.cases.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code case.executed.v1} on {@link CaseTopics#EVENTS}: the decision of a case was executed — the
 * fine paid and the fund money returned as decided. Schema: {@code
 * events/case.executed.v1.schema.json}.
 */
public record CaseExecuted(
    String caseId,
    String decisionNumber,
    String institutionId,
    String countyCode,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal finePaid,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnedAmount,
    LocalDate executedOn) {

  public static final String TYPE = "case.executed.v1";
}
