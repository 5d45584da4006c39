package org.ybjg.reporting.countysummary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Agreement states (signed, suspended, terminated) per docs/domain.md#registry (承医保发〔2019〕2号: 100%
 * under a current agreement).
 */
class FiguresTest {

  private static final Instant EARLY = Instant.parse("2025-03-01T00:00:00Z");
  private static final Instant LATE = Instant.parse("2025-03-14T02:30:00Z");

  @Test
  void shouldCountInstitutionByTypeAndAgreementStateWhenBothAreKnown() {
    Figures figures = Figures.institutions("PHARMACY", "SUSPENDED", 3, LATE);

    assertThat(figures.institutions()).isEqualTo(3);
    assertThat(figures.pharmacies()).isEqualTo(3);
    assertThat(figures.medicalInstitutions()).isZero();
    assertThat(figures.agreementsSuspended()).isEqualTo(3);
    assertThat(figures.agreementsActive()).isZero();
    assertThat(figures.agreementsTerminated()).isZero();
    assertThat(figures.asOf()).isEqualTo(LATE);
  }

  @Test
  void shouldCountInstitutionOnlyAsRegisteredWhenItHasNoAgreementYet() {
    Figures figures = Figures.institutions("MEDICAL_INSTITUTION", "NONE", 1, LATE);

    assertThat(figures.institutions()).isEqualTo(1);
    assertThat(figures.medicalInstitutions()).isEqualTo(1);
    assertThat(
            figures.agreementsActive()
                + figures.agreementsSuspended()
                + figures.agreementsTerminated())
        .isZero();
  }

  @Test
  void shouldAddEveryFigureAndKeepLaterAsOfWhenFiguresAreCombined() {
    Figures institutions =
        Figures.institutions("MEDICAL_INSTITUTION", "ACTIVE", 2, EARLY)
            .plus(Figures.institutions("MEDICAL_INSTITUTION", "TERMINATED", 1, EARLY));
    Figures all =
        institutions
            .plus(Figures.findings(4, LATE))
            .plus(Figures.cases(3, 2, 1, new BigDecimal("30000.00"), EARLY))
            .plus(Figures.cases(0, 1, 0, new BigDecimal("0.5"), null));

    assertThat(all)
        .isEqualTo(new Figures(3, 3, 0, 2, 0, 1, 4, 3, 3, 1, new BigDecimal("30000.50"), LATE));
  }

  @Test
  void shouldHaveNoAsOfAndZeroYuanWhenNothingIsKnown() {
    assertThat(Figures.ZERO.plus(Figures.ZERO).asOf()).isNull();
    assertThat(Figures.ZERO.finesDecided().toPlainString()).isEqualTo("0.00");
  }
}
