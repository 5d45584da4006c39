package org.ybjg.reporting.countysummary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * County rows and totals for the quarterly bulletin and county assessment
 * (docs/domain.md#reporting, 吕医保发〔2021〕36号 §四(四)).
 */
class RegionSummaryTest {

  private static final Place CITY = new Place("990100", "示范省东江市（演示）");
  private static final Place EAST = new Place("990102", "东江市城东区（演示）");
  private static final Place WEST = new Place("990103", "东江市城西区（演示）");
  private static final Place RIVER = new Place("990104", "东江市临河县（演示）");
  private static final Instant AT = Instant.parse("2025-03-14T02:30:00Z");

  @Test
  void shouldListEveryCountySortedWithZerosWhenSomeCountiesHaveNoData() {
    RegionSummary summary =
        RegionSummary.of(
            CITY, List.of(RIVER, EAST, WEST), Map.of("990103", Figures.findings(2, AT)));

    assertThat(summary.counties())
        .extracting(row -> row.county().code())
        .containsExactly("990102", "990103", "990104");
    assertThat(summary.counties().get(0).figures()).isEqualTo(Figures.ZERO);
    assertThat(summary.counties().get(1).figures().findings()).isEqualTo(2);
  }

  @Test
  void shouldSumTheListedCountiesWhenTotalling() {
    RegionSummary summary =
        RegionSummary.of(
            CITY,
            List.of(EAST, WEST),
            Map.of(
                "990102",
                    Figures.institutions("PHARMACY", "ACTIVE", 2, AT)
                        .plus(Figures.cases(1, 1, 1, new BigDecimal("30000.00"), AT)),
                "990103",
                    Figures.institutions("MEDICAL_INSTITUTION", "SUSPENDED", 1, null)
                        .plus(Figures.cases(0, 1, 0, new BigDecimal("200.00"), null))));

    Figures totals = summary.totals();
    assertThat(totals.institutions()).isEqualTo(3);
    assertThat(totals.pharmacies()).isEqualTo(2);
    assertThat(totals.medicalInstitutions()).isEqualTo(1);
    assertThat(totals.agreementsActive()).isEqualTo(2);
    assertThat(totals.agreementsSuspended()).isEqualTo(1);
    assertThat(totals.decisions()).isEqualTo(2);
    assertThat(totals.finesDecided()).isEqualTo(new BigDecimal("30200.00"));
    assertThat(totals.asOf()).isEqualTo(AT);
  }

  @Test
  void shouldIgnoreFiguresOfCountiesOutsideTheListWhenTotalling() {
    RegionSummary summary =
        RegionSummary.of(
            CITY,
            List.of(EAST),
            Map.of("990102", Figures.findings(1, AT), "990202", Figures.findings(5, AT)));

    assertThat(summary.totals().findings()).isEqualTo(1);
  }

  @Test
  void shouldHaveZeroTotalsWhenRegionHasNoCounties() {
    assertThat(RegionSummary.of(CITY, List.of(), Map.of()).totals()).isEqualTo(Figures.ZERO);
  }
}
