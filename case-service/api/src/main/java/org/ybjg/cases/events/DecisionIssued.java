package org.ybjg.cases.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code case.decision-issued.v1} on {@link CaseTopics#EVENTS}: a decision on a case with the
 * measures it orders. The registry applies agreement measures and scores the violation (category and
 * improper amount) for credit and evaluation; reporting counts them.
 *
 * @param category violation class of the case: FRAUD, GENERAL_VIOLATION, MANAGEMENT or OTHER (null if unknown)
 * @param improperAmount yuan of fund money improperly paid, as the case found it (null if none was found)
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
    String decidedBy,
    String category,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal improperAmount) {

  public static final String TYPE = "case.decision-issued.v1";

  /**
   * @param kind SUSPEND_AGREEMENT or TERMINATE_AGREEMENT
   * @param departments for a department-scoped suspension; empty means the whole institution
   */
  public record Measure(String kind, Integer months, LocalDate from, LocalDate until, List<String> departments) {}
}
