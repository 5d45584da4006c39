package org.ybjg.registry.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.registry.institution.domain.CreditRecord;
import org.ybjg.registry.institution.domain.CreditRepairRule;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.institution.domain.CreditSeverity;

/**
 * Credit of 医保医师 (credit records for institutions and doctors from case decisions; 承医保发〔2019〕2号
 * §10: doctors' failures enter credit records), graded on the institutions' scale.
 */
class DoctorCreditTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  /**
   * docs/law.md#credit-and-rewards: credit repair after rectification (provincial rules vary;
   * configurable) — the default rule.
   */
  private static final CreditRepairRule RULE = new CreditRepairRule(true, Period.ZERO);

  private static final CreditScale SCALE =
      new CreditScale(
          List.of(
              new CreditScale.Grade("A", "优秀", 0, 0, false),
              new CreditScale.Grade("B", "较好", 1, 0, false),
              new CreditScale.Grade("C", "一般", 2, 0, false),
              new CreditScale.Grade("D", "较差", Integer.MAX_VALUE, 0, true),
              new CreditScale.Grade("E", "差", Integer.MAX_VALUE, Integer.MAX_VALUE, true)));

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

  private static CreditRecord record(String caseId, CreditSeverity severity) {
    return CreditRecord.of(caseId, "990102医保决〔2026〕1号", severity, TODAY, "第三十八条");
  }

  @Test
  void aDoctorWithoutRecordsHasTheBestGrade() {
    assertThat(doctor().gradeOn(SCALE).code()).isEqualTo("A");
    assertThat(doctor().creditGrade()).isNull();
  }

  @Test
  void recordsGradeTheDoctorOnTheInstitutionsScale() {
    Doctor once =
        doctor().recordCredit(record("case-1", CreditSeverity.RECORD), SCALE, NOW, "system");
    assertThat(once.creditGrade()).isEqualTo("B");
    assertThat(once.gradeOn(SCALE).blackList()).isFalse();
    assertThat(once.version()).isEqualTo(2);
    assertThat(once.history())
        .extracting(DoctorChange::kind)
        .containsExactly(
            DoctorChangeKind.DOCTOR_REGISTERED, DoctorChangeKind.DOCTOR_CREDIT_RECORDED);

    Doctor serious =
        once.recordCredit(record("case-2", CreditSeverity.SERIOUS), SCALE, NOW, "system");
    assertThat(serious.creditGrade()).as("a serious record black-lists").isEqualTo("E");
    assertThat(serious.gradeOn(SCALE).blackList()).isTrue();
  }

  @Test
  void theSameCaseIsRecordedOnceHoweverOftenItArrives() {
    Doctor once =
        doctor().recordCredit(record("case-1", CreditSeverity.RECORD), SCALE, NOW, "system");

    Doctor again =
        once.recordCredit(record("case-1", CreditSeverity.SERIOUS), SCALE, NOW, "system");

    assertThat(again).isSameAs(once);
    assertThat(again.creditRecords()).hasSize(1);
  }

  @Test
  void repairNeedsAReasonAndKeepsTheRecordOnFile() {
    Doctor serious =
        doctor()
            .recordCredit(record("case-1", CreditSeverity.SERIOUS), SCALE, NOW, "system")
            .recordRectification("case-1", TODAY, NOW, "system:case-closed");

    assertThatThrownBy(
            () -> serious.repairCredit("case-1", " ", TODAY, SCALE, RULE, NOW, "county-admin"))
        .isInstanceOfSatisfying(Refusal.class, v -> assertThat(v.field()).isEqualTo("reason"));
    assertThatThrownBy(
            () -> serious.repairCredit("case-9", "整改到位", TODAY, SCALE, RULE, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("no-credit-record"));

    Doctor repaired =
        serious.repairCredit("case-1", "已完成整改", TODAY, SCALE, RULE, NOW, "county-admin");

    assertThat(repaired.creditGrade()).isEqualTo("A");
    assertThat(repaired.creditRecords())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.repaired()).isTrue();
              assertThat(r.repairReason()).isEqualTo("已完成整改");
              assertThat(r.repairedBy()).isEqualTo("county-admin");
            });
    assertThatThrownBy(
            () -> repaired.repairCredit("case-1", "再次", TODAY, SCALE, RULE, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("credit-already-repaired"));
  }

  @Test
  void repairIsRefusedBeforeTheCaseIsClosedAsRectifiedLaw5() {
    // docs/law.md#credit-and-rewards: credit repair after rectification
    Doctor serious =
        doctor().recordCredit(record("case-1", CreditSeverity.SERIOUS), SCALE, NOW, "system");

    assertThatThrownBy(
            () -> serious.repairCredit("case-1", "已完成整改", TODAY, SCALE, RULE, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("credit-not-rectified");
              assertThat(v.field()).isEqualTo("caseId");
              assertThat(v.getMessage()).contains("case-1").contains("尚未整改结案");
            });
  }

  @Test
  void repairWaitsTheConfiguredPeriodAfterRectificationNamingTheFirstAllowedDate() {
    // docs/law.md#credit-and-rewards (provincial rules vary; configurable): a waiting period of 30
    // days after rectification
    CreditRepairRule thirtyDays = new CreditRepairRule(true, Period.ofDays(30));
    Doctor rectified =
        doctor()
            .recordCredit(record("case-1", CreditSeverity.SERIOUS), SCALE, NOW, "system")
            .recordRectification("case-1", TODAY, NOW, "system:case-closed");

    assertThatThrownBy(
            () ->
                rectified.repairCredit(
                    "case-1", "已完成整改", TODAY.plusDays(29), SCALE, thirtyDays, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("credit-repair-too-early");
              assertThat(v.getMessage()).contains("2026-12-23");
            });
    Doctor repaired =
        rectified.repairCredit(
            "case-1", "已完成整改", TODAY.plusDays(30), SCALE, thirtyDays, NOW, "county-admin");
    assertThat(repaired.creditGrade()).isEqualTo("A");
  }

  @Test
  void rectificationIsRecordedOnceAndOnlyForACaseOnFile() {
    Doctor serious =
        doctor().recordCredit(record("case-1", CreditSeverity.SERIOUS), SCALE, NOW, "system");

    Doctor rectified = serious.recordRectification("case-1", TODAY, NOW, "system:case-closed");

    assertThat(rectified.version()).isEqualTo(serious.version() + 1);
    assertThat(rectified.creditGrade()).as("rectification alone does not regrade").isEqualTo("E");
    assertThat(rectified.creditRecords())
        .singleElement()
        .satisfies(r -> assertThat(r.rectifiedOn()).isEqualTo(TODAY));
    assertThat(rectified.history())
        .last()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(DoctorChangeKind.DOCTOR_CASE_RECTIFIED);
              assertThat(c.reference()).isEqualTo("case-1");
              assertThat(c.detail()).contains("990102医保决〔2026〕1号");
            });
    assertThat(rectified.recordRectification("case-1", TODAY.plusDays(1), NOW, "x"))
        .isSameAs(rectified);
    assertThat(serious.recordRectification("case-9", TODAY, NOW, "x")).isSameAs(serious);
  }

  @Test
  void withTheRuleOffARepairNeedsNoRectification() {
    // docs/law.md#credit-and-rewards: provincial rules vary
    Doctor serious =
        doctor().recordCredit(record("case-1", CreditSeverity.SERIOUS), SCALE, NOW, "system");

    Doctor repaired =
        serious.repairCredit(
            "case-1",
            "已完成整改",
            TODAY,
            SCALE,
            new CreditRepairRule(false, Period.ZERO),
            NOW,
            "county-admin");

    assertThat(repaired.creditRecords())
        .singleElement()
        .satisfies(r -> assertThat(r.repaired()).isTrue());
  }

  @Test
  void suspensionKeepsTheCreditFile() {
    Doctor recorded =
        doctor().recordCredit(record("case-1", CreditSeverity.RECORD), SCALE, NOW, "system");

    Doctor suspended =
        recorded.suspend(TODAY, TODAY.plusDays(30), "case-1", "分解住院", TODAY, NOW, "a");

    assertThat(suspended.creditGrade()).isEqualTo("B");
    assertThat(suspended.creditRecords()).hasSize(1);
  }
}
