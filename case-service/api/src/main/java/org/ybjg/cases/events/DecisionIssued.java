package org.ybjg.cases.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code case.decision-issued.v1} on {@link CaseTopics#EVENTS}: a decision on a case with the
 * measures it orders. The registry applies agreement measures; reporting counts them.
 * Schema: {@code events/case.decision-issued.v1.schema.json}.
 */
public record DecisionIssued(
    String caseId,
    String decisionNumber,
    String institutionId,
    String countyCode,
    List<Measure> measures,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fineAmount,
    LocalDate decidedOn,
    String decidedBy) {

  public static final String TYPE = "case.decision-issued.v1";

  /**
   * @param kind SUSPEND_AGREEMENT or TERMINATE_AGREEMENT
   * @param departments for a department-scoped suspension; empty means the whole institution
   */
  public record Measure(String kind, Integer months, LocalDate from, LocalDate until, List<String> departments) {}
}
