package org.ybjg.cases.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 加处罚款 (《中华人民共和国行政处罚法》第七十二条第一款第一项): a fine unpaid after its due day (第六十七条: 15 days from service)
 * accrues 3 % of the unpaid fine per day, never more than the fine; paying stops it; an approved
 * instalment plan or deferral (第六十六条) replaces the due day.
 */
class LateSurchargeTest {

  private static final BigDecimal FINE = new BigDecimal("10000.00");
  private static final LocalDate DUE = LocalDate.parse("2026-03-16");

  private static Payment fine(String amount, String on) {
    return new Payment(
        PaymentKind.FINE, new BigDecimal(amount), LocalDate.parse(on), "officer", null);
  }

  @ParameterizedTest(name = "{0}: {1} yuan over {2} days")
  @CsvSource({
    // day asked about, surcharge, late days, capped
    "2026-03-16, 0.00, 0, false", // the due day itself: paid on time is still possible
    "2026-03-17, 300.00, 1, false", // day 1: 3 % of 10,000
    "2026-03-26, 3000.00, 10, false",
    "2026-04-18, 9900.00, 33, false",
    "2026-04-19, 10000.00, 34, true", // 34 × 3 % = 102 %: the cap, the fine itself
    "2027-01-01, 10000.00, 34, true" // never more than the fine however long it stays unpaid
  })
  void shouldAccrueThreePercentADayUpToTheFine(
      String day, String amount, int days, boolean capped) {
    LateSurcharge surcharge =
        LateSurcharge.of(FINE, DUE, List.of(), List.of(), null, LocalDate.parse(day));

    assertThat(surcharge.amount()).isEqualByComparingTo(amount);
    assertThat(surcharge.days()).isEqualTo(days);
    assertThat(surcharge.capped()).isEqualTo(capped);
    assertThat(surcharge.accruesFrom()).isEqualTo(days == 0 ? null : DUE.plusDays(1));
  }

  @Test
  void shouldStopOnTheDayTheFineIsPaid() {
    LateSurcharge surcharge =
        LateSurcharge.of(
            FINE,
            DUE,
            List.of(),
            List.of(fine("10000.00", "2026-03-19")),
            LocalDate.parse("2026-03-19"),
            LocalDate.parse("2026-06-01"));

    assertThat(surcharge.amount()).as("3 late days, then nothing").isEqualByComparingTo("900.00");
    assertThat(surcharge.days()).isEqualTo(3);
  }

  @Test
  void shouldAccrueOnlyOnTheUnpaidPartAfterAPartPayment() {
    LateSurcharge surcharge =
        LateSurcharge.of(
            FINE,
            DUE,
            List.of(),
            List.of(fine("6000.00", "2026-03-10")),
            null,
            LocalDate.parse("2026-03-18"));

    assertThat(surcharge.amount()).as("2 days × 3 % × 4,000").isEqualByComparingTo("240.00");
  }

  @Test
  void shouldAccrueNothingOnAFinePaidOnTime() {
    LateSurcharge surcharge =
        LateSurcharge.of(
            FINE,
            DUE,
            List.of(),
            List.of(fine("10000.00", "2026-03-16")),
            LocalDate.parse("2026-03-16"),
            LocalDate.parse("2026-05-01"));

    assertThat(surcharge).isEqualTo(LateSurcharge.NONE);
  }

  @Test
  void shouldAccrueNothingWhileAnApprovedPlanIsKeptAndOnlyOnAMissedInstalment() {
    List<Instalment> plan =
        List.of(
            new Instalment(LocalDate.parse("2026-04-15"), new BigDecimal("5000.00")),
            new Instalment(LocalDate.parse("2026-05-15"), new BigDecimal("5000.00")));
    List<Payment> firstPaid = List.of(fine("5000.00", "2026-04-15"));

    assertThat(LateSurcharge.of(FINE, DUE, plan, firstPaid, null, LocalDate.parse("2026-05-15")))
        .as("the plan replaces the due day of 2026-03-16; the first instalment was paid on time")
        .isEqualTo(LateSurcharge.NONE);
    assertThat(
            LateSurcharge.of(FINE, DUE, plan, firstPaid, null, LocalDate.parse("2026-05-17"))
                .amount())
        .as("the second instalment is 2 days late: 2 × 3 % × 5,000")
        .isEqualByComparingTo("300.00");
  }
}
