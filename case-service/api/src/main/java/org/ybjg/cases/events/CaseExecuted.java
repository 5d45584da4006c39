package org.ybjg.cases.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code case.executed.v1} on {@link CaseTopics#EVENTS}: the decision of a case was executed — the
 * fine paid and the fund money returned as decided. Schema: {@code
 * events/case.executed.v1.schema.json}.
 *
 * @param surcharge the late-payment surcharge accrued on the fine until it was paid (加处罚款,
 *     《行政处罚法》第七十二条), null when the fine was paid on time (since 0.4)
 */
public record CaseExecuted(
    String caseId,
    String decisionNumber,
    String institutionId,
    String countyCode,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal finePaid,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnedAmount,
    LocalDate executedOn,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal surcharge) {

  public static final String TYPE = "case.executed.v1";

  /** The first seven fields, as before the event carried the surcharge. */
  public CaseExecuted(
      String caseId,
      String decisionNumber,
      String institutionId,
      String countyCode,
      BigDecimal finePaid,
      BigDecimal returnedAmount,
      LocalDate executedOn) {
    this(
        caseId,
        decisionNumber,
        institutionId,
        countyCode,
        finePaid,
        returnedAmount,
        executedOn,
        null);
  }
}
