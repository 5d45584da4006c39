package org.ybjg.reporting.facts.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A case was opened (立案), e.g. from an inspection finding. */
public record CaseOpenedFact(
    String caseId,
    String findingId,
    String institutionId,
    String countyCode,
    String origin,
    LocalDate openedOn,
    Instant eventTime) {

  public CaseOpenedFact {
    Require.text(caseId, "caseId");
    Require.text(countyCode, "countyCode");
    Require.present(eventTime, "eventTime");
  }
}
