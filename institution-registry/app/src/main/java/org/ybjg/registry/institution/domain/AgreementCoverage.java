package org.ybjg.registry.institution.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * KPI: the share of designated institutions of a region under a current agreement. Designated: not
 * TERMINATED (NONE, ACTIVE, SUSPENDED). Under a current agreement: ACTIVE or SUSPENDED (a suspended
 * agreement is still in force; a suspension scheduled for later counts as ACTIVE).
 */
public record AgreementCoverage(
    String regionCode, long active, long suspended, long none, long terminated) {

  public static AgreementCoverage of(String regionCode, Map<AgreementState, Long> counts) {
    return new AgreementCoverage(
        regionCode,
        counts.getOrDefault(AgreementState.ACTIVE, 0L),
        counts.getOrDefault(AgreementState.SUSPENDED, 0L),
        counts.getOrDefault(AgreementState.NONE, 0L),
        counts.getOrDefault(AgreementState.TERMINATED, 0L));
  }

  public long designated() {
    return active + suspended + none;
  }

  public long underAgreement() {
    return active + suspended;
  }

  /** underAgreement / designated, 4 decimals half-up; 0 when nothing is designated. */
  public BigDecimal share() {
    if (designated() == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return BigDecimal.valueOf(underAgreement())
        .divide(BigDecimal.valueOf(designated()), 4, RoundingMode.HALF_UP);
  }
}
