package org.ybjg.cases.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * Confirming a named doctor's points (医保发〔2024〕23号): within the tier the points table proposed,
 * with a reason, once, and only for a doctor the decision names.
 */
class DoctorPointsTest {

  private static final LocalDate ON = LocalDate.parse("2026-03-10");

  private static Decision decisionNamingZhang() {
    ConcernedDoctor zhang = new ConcernedDoctor("D1", "张三（演示）", null);
    return new Decision(
            new DecisionNumber("990102", 2026, 1),
            List.of(),
            new BigDecimal("20000.00"),
            "条例第四十条",
            ON,
            "county-admin",
            null,
            "40",
            null,
            null,
            List.of(),
            List.of(zhang),
            List.of())
        .withDoctorPoints(
            List.of(DoctorPoints.proposed(zhang, 10, 12, "医保发〔2024〕23号 10–12分", true)));
  }

  @Test
  void shouldConfirmPointsWithinTheTierWithTheReason() {
    Decision confirmed = decisionNamingZhang().confirmPoints("D1", 10, " 主要责任 ", ON, "officer");

    DoctorPoints points = confirmed.doctorPoints().get(0);
    assertThat(points.points()).isEqualTo(10);
    assertThat(points.reason()).isEqualTo("主要责任");
    assertThat(points.confirmedBy()).isEqualTo("officer");
    assertThat(points.confirmedOn()).isEqualTo(ON);
  }

  @Test
  void shouldRefusePointsOutsideTheTier() {
    assertThatThrownBy(() -> decisionNamingZhang().confirmPoints("D1", 9, "主要责任", ON, "officer"))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.code()).isEqualTo("points-outside-tier");
              assertThat(r.kind()).isEqualTo(Refusal.Kind.RULE);
              assertThat(r.field()).isEqualTo("points");
            });
  }

  @Test
  void shouldRefuseADoctorTheDecisionDoesNotName() {
    assertThatThrownBy(() -> decisionNamingZhang().confirmPoints("D2", 10, "主要责任", ON, "officer"))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.code()).isEqualTo("doctor-not-named");
              assertThat(r.kind()).isEqualTo(Refusal.Kind.RULE);
            });
  }

  @Test
  void shouldRefuseMissingReasonAndASecondConfirmation() {
    assertThatThrownBy(() -> decisionNamingZhang().confirmPoints("D1", 10, " ", ON, "officer"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("points-reason-required"));
    Decision confirmed = decisionNamingZhang().confirmPoints("D1", 10, "主要责任", ON, "officer");
    assertThatThrownBy(() -> confirmed.confirmPoints("D1", 11, "改为11分", ON, "officer"))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.code()).isEqualTo("points-already-confirmed");
              assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            });
  }
}
