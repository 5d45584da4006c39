package org.ybjg.cases.events;

import java.time.LocalDate;

/**
 * {@code case.referred.v1} on {@link CaseTopics#EVENTS}: a case was referred (移送) to another body.
 * Schema: {@code events/case.referred.v1.schema.json}.
 *
 * @param target DISCIPLINE_INSPECTION, PUBLIC_SECURITY, JUDICIARY, HEALTH_COMMISSION or
 *     MARKET_REGULATION
 */
public record CaseReferred(
    String caseId,
    String referralId,
    String institutionId,
    String countyCode,
    String target,
    String reason,
    LocalDate sentOn) {

  public static final String TYPE = "case.referred.v1";
}
