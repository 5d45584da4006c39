package org.ybjg.registry.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.registry.domain.RuleViolation;

/**
 * Credit records from decisions, the grade they give on the configured scale, and credit repair (registry issue
 * point 7; LAW.md §1 — 失信 and 严重失信; seed 001 §10 on the consequences following the institution everywhere).
 */
class CreditTest {

  private static final CreditScale SCALE = new CreditScale(List.of(
      new CreditScale.Grade("A", "优秀", 0, 0, false),
      new CreditScale.Grade("B", "较好", 1, 0, false),
      new CreditScale.Grade("C", "一般", 2, 0, false),
      new CreditScale.Grade("D", "较差", Integer.MAX_VALUE, 0, true),
      new CreditScale.Grade("E", "差", Integer.MAX_VALUE, Integer.MAX_VALUE, true)));
  private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void shouldGradeByUnrepairedRecordsBestGradeFirst() {
    assertThat(SCALE.gradeOf(List.of()).code()).isEqualTo("A");
    assertThat(SCALE.gradeOf(List.of(record("c1", CreditSeverity.RECORD))).code()).isEqualTo("B");
    assertThat(SCALE.gradeOf(List.of(record("c1", CreditSeverity.RECORD), record("c2", CreditSeverity.RECORD)))
        .code()).isEqualTo("C");
    assertThat(SCALE.gradeOf(List.of(record("c1", CreditSeverity.RECORD), record("c2", CreditSeverity.RECORD),
        record("c3", CreditSeverity.RECORD))).code()).isEqualTo("D");
    assertThat(SCALE.gradeOf(List.of(record("c1", CreditSeverity.SERIOUS))).code()).isEqualTo("E");
    assertThat(SCALE.blackListed()).containsExactly("D", "E");
  }

  @Test
  void shouldRecordACaseOnceAndRegradeWithAChange() {
    Institution graded = institution().recordCredit(record("case-1", CreditSeverity.RECORD), SCALE, AT, "city-admin");
    Institution again = graded.recordCredit(record("case-1", CreditSeverity.RECORD), SCALE, AT, "city-admin");

    assertThat(graded.creditGrade()).isEqualTo("B");
    assertThat(graded.creditRecords()).hasSize(1);
    assertThat(graded.lastChange().kind()).isEqualTo(ChangeKind.CREDIT_RECORDED);
    assertThat(graded.version()).isEqualTo(institution().version() + 1);
    assertThat(again).isSameAs(graded);
  }

  @Test
  void shouldKeepARepairedRecordOnFileWithReasonButNotCountIt() {
    Institution serious = institution().recordCredit(record("case-9", CreditSeverity.SERIOUS), SCALE, AT, "x");
    assertThat(serious.creditGrade()).isEqualTo("E");

    Institution repaired = serious.repairCredit("case-9", "整改到位，违规资金已全部退回", TODAY, SCALE, AT, "city-admin");

    assertThat(repaired.creditGrade()).isEqualTo("A");
    assertThat(repaired.creditRecords()).singleElement().satisfies(r -> {
      assertThat(r.repaired()).isTrue();
      assertThat(r.repairReason()).isEqualTo("整改到位，违规资金已全部退回");
      assertThat(r.repairedBy()).isEqualTo("city-admin");
    });
    assertThat(repaired.lastChange().kind()).isEqualTo(ChangeKind.CREDIT_REPAIRED);
  }

  @Test
  void shouldRefuseRepairWithoutReasonOfAnUnknownCaseOrTwice() {
    Institution recorded = institution().recordCredit(record("case-2", CreditSeverity.RECORD), SCALE, AT, "x");

    assertThatThrownBy(() -> recorded.repairCredit("case-2", " ", TODAY, SCALE, AT, "x"))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> recorded.repairCredit("nope", "理由", TODAY, SCALE, AT, "x"))
        .isInstanceOf(RuleViolation.class);
    Institution repaired = recorded.repairCredit("case-2", "理由", TODAY, SCALE, AT, "x");
    assertThatThrownBy(() -> repaired.repairCredit("case-2", "理由", TODAY, SCALE, AT, "x"))
        .isInstanceOf(AgreementTransitionRejected.class);
  }

  private static CreditRecord record(String caseId, CreditSeverity severity) {
    return CreditRecord.of(caseId, "990102医保决〔2026〕1号", severity, TODAY, "第三十八条");
  }

  private static Institution institution() {
    return Institution.register("inst-1", new Registration("H99010200001", "示例医院（演示）",
        InstitutionType.MEDICAL_INSTITUTION, InstitutionLevel.SECONDARY, Ownership.PRIVATE, "990102",
        List.of("990102", "990100", "990000"), LocalDate.of(2025, 1, 1), null), TODAY, AT, "county-admin");
  }
}
