package org.ybjg.reporting.facts.domain;

import java.time.Instant;

/**
 * The latest known state of one designated institution, as far as reports need it. The registry
 * publishes the full state with a {@code version}; a fact is only ever replaced by a higher
 * version.
 *
 * @param type MEDICAL_INSTITUTION or PHARMACY
 * @param agreementState NONE, ACTIVE, SUSPENDED or TERMINATED (NONE when the event has no
 *     agreement)
 * @param eventTime when the event that carried this state was created
 */
public record InstitutionFact(
    String institutionId,
    long version,
    String type,
    String agreementState,
    String countyCode,
    Instant eventTime) {

  public static final String NO_AGREEMENT = "NONE";

  public InstitutionFact {
    Require.text(institutionId, "institutionId");
    Require.text(type, "type");
    Require.text(countyCode, "countyCode");
    Require.present(eventTime, "eventTime");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    agreementState =
        agreementState == null || agreementState.isBlank() ? NO_AGREEMENT : agreementState;
  }
}
