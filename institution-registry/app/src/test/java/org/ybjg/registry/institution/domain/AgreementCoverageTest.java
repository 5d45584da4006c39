package org.ybjg.registry.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KPI: share of designated institutions under a current agreement (docs/domain.md#registry
 * agreement states).
 */
class AgreementCoverageTest {

  @Test
  void shouldCountActiveAndSuspendedAsUnderAgreementAndLeaveTerminatedOutOfDesignated() {
    AgreementCoverage coverage =
        AgreementCoverage.of(
            "990100",
            Map.of(
                AgreementState.ACTIVE,
                31L,
                AgreementState.SUSPENDED,
                3L,
                AgreementState.NONE,
                6L,
                AgreementState.TERMINATED,
                2L));

    assertThat(coverage.designated()).isEqualTo(40);
    assertThat(coverage.underAgreement()).isEqualTo(34);
    assertThat(coverage.share()).isEqualByComparingTo(new BigDecimal("0.8500"));
  }

  @Test
  void shouldAnswerZeroShareWhenNothingDesignated() {
    AgreementCoverage coverage =
        AgreementCoverage.of("990105", Map.of(AgreementState.TERMINATED, 1L));

    assertThat(coverage.designated()).isZero();
    assertThat(coverage.share()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void shouldRoundShareToFourDecimals() {
    AgreementCoverage coverage =
        AgreementCoverage.of("990102", Map.of(AgreementState.ACTIVE, 1L, AgreementState.NONE, 2L));

    assertThat(coverage.share()).isEqualByComparingTo(new BigDecimal("0.3333"));
  }
}
