package org.ybjg.cases.events;

import java.time.LocalDate;

/**
 * {@code case.overdue.v1} on {@link CaseTopics#EVENTS}: a statutory deadline of a case passed with
 * the step not taken. Announced once per step and due date. Schema: {@code
 * events/case.overdue.v1.schema.json}.
 *
 * @param step FILING, DECISION, SERVICE, PAYMENT or RECTIFICATION
 * @param status the case's status when it was found overdue
 */
public record CaseOverdue(
    String caseId,
    String institutionId,
    String countyCode,
    String step,
    LocalDate due,
    String status,
    LocalDate detectedOn) {

  public static final String TYPE = "case.overdue.v1";
}
