package org.ybjg.cases.events;

import java.time.LocalDate;

/**
 * {@code case.opened.v1} on {@link CaseTopics#EVENTS}: a case was opened from a finding. Schema:
 * {@code events/case.opened.v1.schema.json}.
 *
 * @param origin where the clue came from, e.g. INSPECTION_FINDING
 */
public record CaseOpened(
    String caseId,
    String findingId,
    String institutionId,
    String countyCode,
    String origin,
    LocalDate openedOn) {

  public static final String TYPE = "case.opened.v1";
}
