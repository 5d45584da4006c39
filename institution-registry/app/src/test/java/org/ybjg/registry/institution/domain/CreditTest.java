package org.ybjg.registry.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * Credit records from decisions, the grade they give on the configured scale, and credit repair (
 * docs/law.md#regulation — 失信 and 严重失信; 承医保发〔2019〕2号 §10 on the consequences following the
 * institution everywhere).
 */
class CreditTest {

  private static final CreditScale SCALE =
      new CreditScale(
          List.of(
              new CreditScale.Grade("A", "优秀", 0, 0, false),
              new CreditScale.Grade("B", "较好", 1, 0, false),
              new CreditScale.Grade("C", "一般", 2, 0, false),
              new CreditScale.Grade("D", "较差", Integer.MAX_VALUE, 0, true),
              new CreditScale.Grade("E", "差", Integer.MAX_VALUE, Integer.MAX_VALUE, true)));
  private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /**
   * docs/law.md#credit-and-rewards: credit repair after rectification (provincial rules vary;
   * configurable) — the default rule.
   */
  private static final CreditRepairRule AFTER_RECTIFICATION =
      new CreditRepairRule(true, Period.ZERO);

  @Test
  void shouldGradeByUnrepairedRecordsBestGradeFirst() {
    assertThat(SCALE.gradeOf(List.of()).code()).isEqualTo("A");
    assertThat(SCALE.gradeOf(List.of(record("c1", CreditSeverity.RECORD))).code()).isEqualTo("B");
    assertThat(
            SCALE
                .gradeOf(
                    List.of(
                        record("c1", CreditSeverity.RECORD), record("c2", CreditSeverity.RECORD)))
                .code())
        .isEqualTo("C");
    assertThat(
            SCALE
                .gradeOf(
                    List.of(
                        record("c1", CreditSeverity.RECORD),
                        record("c2", CreditSeverity.RECORD),
                        record("c3", CreditSeverity.RECORD)))
                .code())
        .isEqualTo("D");
    assertThat(SCALE.gradeOf(List.of(record("c1", CreditSeverity.SERIOUS))).code()).isEqualTo("E");
    assertThat(SCALE.blackListed()).containsExactly("D", "E");
  }

  @Test
  void shouldRecordACaseOnceAndRegradeWithAChange() {
    Institution graded =
        institution()
            .recordCredit(record("case-1", CreditSeverity.RECORD), SCALE, AT, "city-admin");
    Institution again =
        graded.recordCredit(record("case-1", CreditSeverity.RECORD), SCALE, AT, "city-admin");

    assertThat(graded.creditGrade()).isEqualTo("B");
    assertThat(graded.creditRecords()).hasSize(1);
    assertThat(graded.lastChange().kind()).isEqualTo(ChangeKind.CREDIT_RECORDED);
    assertThat(graded.version()).isEqualTo(institution().version() + 1);
    assertThat(again).isSameAs(graded);
  }

  @Test
  void shouldKeepARepairedRecordOnFileWithReasonButNotCountIt() {
    Institution serious =
        institution().recordCredit(record("case-9", CreditSeverity.SERIOUS), SCALE, AT, "x");
    assertThat(serious.creditGrade()).isEqualTo("E");

    Institution rectified = serious.recordRectification("case-9", TODAY, AT, "system:case-closed");
    Institution repaired =
        rectified.repairCredit(
            "case-9", "整改到位，违规资金已全部退回", TODAY, SCALE, AFTER_RECTIFICATION, AT, "city-admin");

    assertThat(repaired.creditGrade()).isEqualTo("A");
    assertThat(repaired.creditRecords())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.repaired()).isTrue();
              assertThat(r.repairReason()).isEqualTo("整改到位，违规资金已全部退回");
              assertThat(r.repairedBy()).isEqualTo("city-admin");
              assertThat(r.rectifiedOn()).isEqualTo(TODAY);
            });
    assertThat(repaired.lastChange().kind()).isEqualTo(ChangeKind.CREDIT_REPAIRED);
  }

  @Test
  void shouldRefuseRepairWithoutReasonOfAnUnknownCaseOrTwice() {
    Institution recorded =
        institution()
            .recordCredit(record("case-2", CreditSeverity.RECORD), SCALE, AT, "x")
            .recordRectification("case-2", TODAY, AT, "x");

    assertThatThrownBy(
            () -> recorded.repairCredit("case-2", " ", TODAY, SCALE, AFTER_RECTIFICATION, AT, "x"))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(
            () -> recorded.repairCredit("nope", "理由", TODAY, SCALE, AFTER_RECTIFICATION, AT, "x"))
        .isInstanceOf(Refusal.class);
    Institution repaired =
        recorded.repairCredit("case-2", "理由", TODAY, SCALE, AFTER_RECTIFICATION, AT, "x");
    assertThatThrownBy(
            () -> repaired.repairCredit("case-2", "理由", TODAY, SCALE, AFTER_RECTIFICATION, AT, "x"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("credit-already-repaired"));
  }

  @Test
  void shouldRefuseRepairBeforeTheCaseIsClosedAsRectifiedLaw5() {
    // docs/law.md#credit-and-rewards: credit repair after rectification — a decision on file, the
    // case not closed (CONCLUDED) yet
    Institution serious =
        institution().recordCredit(record("case-3", CreditSeverity.SERIOUS), SCALE, AT, "x");

    assertThatThrownBy(
            () -> serious.repairCredit("case-3", "已整改", TODAY, SCALE, AFTER_RECTIFICATION, AT, "x"))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("credit-not-rectified");
              assertThat(v.field()).isEqualTo("caseId");
              assertThat(v.getMessage()).contains("case-3").contains("尚未整改结案");
            });
    assertThat(serious.creditRecords())
        .singleElement()
        .satisfies(r -> assertThat(r.rectified()).isFalse());
  }

  @Test
  void shouldRefuseRepairWithinTheWaitingPeriodNamingTheFirstAllowedDateThenAllowIt() {
    // docs/law.md#credit-and-rewards (provincial rules vary; configurable): e.g. a province waiting
    // three months after rectification
    CreditRepairRule threeMonths = new CreditRepairRule(true, Period.ofMonths(3));
    LocalDate closedOn = LocalDate.of(2026, 8, 24);
    Institution rectified =
        institution()
            .recordCredit(record("case-4", CreditSeverity.SERIOUS), SCALE, AT, "x")
            .recordRectification("case-4", closedOn, AT, "system:case-closed");

    assertThatThrownBy(
            () ->
                rectified.repairCredit(
                    "case-4", "已整改", LocalDate.of(2026, 11, 23), SCALE, threeMonths, AT, "x"))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("credit-repair-too-early");
              assertThat(v.field()).isEqualTo("caseId");
              assertThat(v.getMessage()).contains("2026-11-24").contains("case-4");
            });
    Institution repaired =
        rectified.repairCredit(
            "case-4", "已整改", LocalDate.of(2026, 11, 24), SCALE, threeMonths, AT, "x");
    assertThat(repaired.creditGrade()).isEqualTo("A");
    assertThat(repaired.creditRecords())
        .singleElement()
        .satisfies(r -> assertThat(r.repaired()).isTrue());
  }

  @Test
  void shouldRecordRectificationOnceWithAChangeNamingCaseAndDecisionWithoutRegrading() {
    Institution serious =
        institution().recordCredit(record("case-5", CreditSeverity.SERIOUS), SCALE, AT, "x");

    Institution rectified = serious.recordRectification("case-5", TODAY, AT, "system:case-closed");
    Institution again =
        rectified.recordRectification("case-5", TODAY.plusDays(1), AT, "system:case-closed");

    assertThat(rectified.version()).isEqualTo(serious.version() + 1);
    assertThat(rectified.creditGrade()).isEqualTo("E");
    assertThat(rectified.creditRecords())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rectifiedOn()).isEqualTo(TODAY);
              assertThat(r.repaired()).isFalse();
            });
    assertThat(rectified.lastChange().kind()).isEqualTo(ChangeKind.CASE_RECTIFIED);
    assertThat(rectified.lastChange().kind().label()).isEqualTo("整改结案");
    assertThat(rectified.lastChange().reference()).isEqualTo("case-5");
    assertThat(rectified.lastChange().detail()).contains("case-5").contains("990102医保决〔2026〕1号");
    assertThat(again).isSameAs(rectified);
  }

  @Test
  void shouldChangeNothingWhenTheClosedCaseHasNoRecord() {
    Institution recorded =
        institution().recordCredit(record("case-6", CreditSeverity.RECORD), SCALE, AT, "x");

    assertThat(recorded.recordRectification("other-case", TODAY, AT, "x")).isSameAs(recorded);
    assertThat(institution().recordRectification("case-6", TODAY, AT, "x").version())
        .isEqualTo(institution().version());
  }

  @Test
  void shouldAllowRepairWithoutRectificationWhenTheRuleIsOff() {
    // docs/law.md#credit-and-rewards: provincial rules vary — a province may not require the case
    // closed first
    Institution serious =
        institution().recordCredit(record("case-7", CreditSeverity.SERIOUS), SCALE, AT, "x");

    Institution repaired =
        serious.repairCredit(
            "case-7",
            "已整改",
            TODAY,
            SCALE,
            new CreditRepairRule(false, Period.ofMonths(3)),
            AT,
            "x");

    assertThat(repaired.creditGrade()).isEqualTo("A");
    assertThat(repaired.creditRecords())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.repaired()).isTrue();
              assertThat(r.rectifiedOn()).isNull();
            });
  }

  private static CreditRecord record(String caseId, CreditSeverity severity) {
    return CreditRecord.of(caseId, "990102医保决〔2026〕1号", severity, TODAY, "第三十八条");
  }

  private static Institution institution() {
    return Institution.register(
        "inst-1",
        new Registration(
            "H99010200001",
            "示例医院（演示）",
            InstitutionType.MEDICAL_INSTITUTION,
            InstitutionLevel.SECONDARY,
            Ownership.PRIVATE,
            "990102",
            List.of("990102", "990100", "990000"),
            LocalDate.of(2025, 1, 1),
            null),
        TODAY,
        AT,
        "county-admin");
  }
}
