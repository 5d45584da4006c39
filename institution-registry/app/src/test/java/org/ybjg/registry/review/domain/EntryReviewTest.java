package org.ybjg.registry.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;

/** Entry review, 承医保发〔2019〕2号 §(二) 2: 信息系统核查、函询、现场考察、专家评估; 全过程记录; 谁审核谁签字谁负责; 报备案. */
class EntryReviewTest {

  private static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");

  private static Application submitted() {
    return Application.submit(
        "app-1",
        "H99010200077",
        "康宁门诊部（演示）",
        InstitutionType.MEDICAL_INSTITUTION,
        InstitutionLevel.PRIMARY,
        Ownership.PRIVATE,
        "990102",
        List.of("990102", "990100", "990000"),
        NOW,
        "clerk");
  }

  private static Application reviewed(ReviewOutcome outcome) {
    return submitted()
        .review(
            ReviewMethod.INFORMATION_SYSTEM_CHECK,
            ReviewOutcome.PASSED,
            "无违规记录",
            NOW,
            "county-admin")
        .review(ReviewMethod.SITE_VISIT, outcome, "现场核查", NOW, "inspector");
  }

  @Test
  void shouldRecordEveryStepInTheAuditLogWhenSeed001RequiresFullRecord() {
    Application filed =
        reviewed(ReviewOutcome.PASSED)
            .decide(
                Verdict.APPROVED, "符合条件", "county-admin", "county-admin", null, NOW, "county-admin")
            .filed("app-1", LocalDate.of(2025, 6, 1), NOW, "county-admin");

    assertThat(filed.status()).isEqualTo(ApplicationStatus.FILED);
    assertThat(filed.version()).isEqualTo(5);
    assertThat(filed.audit())
        .extracting(AuditEntry::action)
        .containsExactly("SUBMITTED", "REVIEWED", "REVIEWED", "DECIDED", "FILED");
    assertThat(filed.audit())
        .extracting(AuditEntry::by)
        .containsExactly("clerk", "county-admin", "inspector", "county-admin", "county-admin");
    assertThat(filed.decision().signature().signedBy()).isEqualTo("county-admin");
    assertThat(filed.decision().signature().digest()).hasSize(64);
    assertThat(filed.entryReviewSummary())
        .contains("信息系统核查")
        .contains("现场核查")
        .contains("county-admin 签字");
  }

  @Test
  void shouldRejectDecisionWithoutSignatureWhenWhoReviewsSignsRule() {
    assertThatThrownBy(
            () ->
                reviewed(ReviewOutcome.PASSED)
                    .decide(
                        Verdict.APPROVED, null, "county-admin", null, null, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("signature-missing"));
  }

  @Test
  void shouldRejectSignatureOfAnotherPersonThanTheNamedReviewerOrTheCaller() {
    Application application = reviewed(ReviewOutcome.PASSED);
    assertThatThrownBy(
            () ->
                application.decide(
                    Verdict.APPROVED, null, "county-admin", "inspector", null, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("signature-not-by-reviewer"));
    assertThatThrownBy(
            () ->
                application.decide(
                    Verdict.APPROVED, null, "inspector", "inspector", null, NOW, "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("reviewer-must-sign-in-person"));
    assertThatThrownBy(
            () ->
                application.decide(
                    Verdict.APPROVED, null, "city-admin", "city-admin", null, NOW, "city-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("reviewer-did-not-review"));
  }

  @Test
  void shouldRefuseApprovalDespiteFailedReviewAndDecisionBeforeAnyReview() {
    assertThatThrownBy(
            () ->
                reviewed(ReviewOutcome.FAILED)
                    .decide(
                        Verdict.APPROVED,
                        null,
                        "county-admin",
                        "county-admin",
                        null,
                        NOW,
                        "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("failed-review"));
    assertThatThrownBy(
            () ->
                submitted()
                    .decide(
                        Verdict.REJECTED,
                        "r",
                        "county-admin",
                        "county-admin",
                        null,
                        NOW,
                        "county-admin"))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("no-review-recorded"));
  }

  @Test
  void shouldNotFileRejectedApplicationNorDecideTwice() {
    Application rejected =
        reviewed(ReviewOutcome.FAILED)
            .decide(
                Verdict.REJECTED,
                "现场不符",
                "county-admin",
                "county-admin",
                null,
                NOW,
                "county-admin");

    assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThatThrownBy(rejected::requireFileable).isInstanceOf(ReviewStepRejected.class);
    assertThatThrownBy(
            () ->
                rejected.decide(
                    Verdict.REJECTED,
                    "x",
                    "county-admin",
                    "county-admin",
                    null,
                    NOW,
                    "county-admin"))
        .isInstanceOf(ReviewStepRejected.class);
    assertThatThrownBy(
            () -> rejected.review(ReviewMethod.EXPERT_REVIEW, ReviewOutcome.PASSED, "x", NOW, "e"))
        .isInstanceOf(ReviewStepRejected.class);
  }

  @Test
  void shouldRefuseLevelThatDoesNotFitType() {
    assertThatThrownBy(
            () ->
                Application.submit(
                    "a",
                    "P1",
                    "药房",
                    InstitutionType.PHARMACY,
                    InstitutionLevel.TERTIARY,
                    Ownership.PRIVATE,
                    "990102",
                    List.of(),
                    NOW,
                    "x"))
        .isInstanceOf(Refusal.class);
  }
}
