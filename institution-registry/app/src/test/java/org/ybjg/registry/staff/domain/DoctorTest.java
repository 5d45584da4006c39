package org.ybjg.registry.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * 医保医师 (承医保发〔2019〕2号 §1: 医保医师 restrictive clauses; §10: doctors' failures enter credit records).
 */
class DoctorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");

  private static Doctor doctor() {
    return Doctor.register(
        "D99010200000001",
        "inst-1",
        "990102",
        List.of("990102", "990100", "990000"),
        "张三（演示）",
        "GK01",
        "骨科",
        "110990102000001",
        NOW,
        "county-admin");
  }

  @Test
  void shouldBeSuspendedExactlyWhileThePeriodCoversTheDay() {
    Doctor suspended =
        doctor().suspend(TODAY.plusDays(1), TODAY.plusDays(10), "case-1", "分解住院", TODAY, NOW, "a");

    assertThat(suspended.statusOn(TODAY)).isEqualTo(DoctorStatus.ACTIVE);
    assertThat(suspended.statusOn(TODAY.plusDays(1))).isEqualTo(DoctorStatus.SUSPENDED);
    assertThat(suspended.statusOn(TODAY.plusDays(10))).isEqualTo(DoctorStatus.SUSPENDED);
    assertThat(suspended.statusOn(TODAY.plusDays(11)))
        .as("reinstated by date, no job")
        .isEqualTo(DoctorStatus.ACTIVE);
    assertThat(suspended.version()).isEqualTo(2);
    assertThat(suspended.history())
        .extracting(DoctorChange::kind)
        .containsExactly(DoctorChangeKind.DOCTOR_REGISTERED, DoctorChangeKind.DOCTOR_SUSPENDED);
  }

  @Test
  void shouldRefuseSecondSuspensionWhileOnePendsButAllowAfterItEnded() {
    Doctor suspended = doctor().suspend(TODAY, TODAY.plusDays(10), null, "理由", TODAY, NOW, "a");

    assertThatThrownBy(
            () -> suspended.suspend(TODAY, TODAY.plusDays(20), null, "理由", TODAY, NOW, "a"))
        .isInstanceOf(DoctorTransitionRejected.class);
    assertThat(
            suspended
                .suspend(
                    TODAY.plusDays(20),
                    TODAY.plusDays(30),
                    null,
                    "理由",
                    TODAY.plusDays(11),
                    NOW,
                    "a")
                .suspendedFrom())
        .isEqualTo(TODAY.plusDays(20));
  }

  @Test
  void shouldRefuseDatesOutOfOrderAndMissingReason() {
    assertThatThrownBy(
            () -> doctor().suspend(TODAY, TODAY.minusDays(1), null, "理由", TODAY, NOW, "a"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("dates-out-of-order"));
    assertThatThrownBy(() -> doctor().suspend(TODAY, TODAY, null, "", TODAY, NOW, "a"))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldReinstateOnlyAPendingSuspension() {
    assertThatThrownBy(() -> doctor().reinstate("理由", TODAY, NOW, "a"))
        .isInstanceOf(DoctorTransitionRejected.class);
    Doctor reinstated =
        doctor()
            .suspend(TODAY, TODAY.plusDays(5), "case-1", "理由", TODAY, NOW, "a")
            .reinstate("撤销", TODAY, NOW, "a");
    assertThat(reinstated.statusOn(TODAY)).isEqualTo(DoctorStatus.ACTIVE);
    assertThat(reinstated.suspendedFrom()).isNull();
  }
}
