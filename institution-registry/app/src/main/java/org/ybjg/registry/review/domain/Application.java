package org.ybjg.registry.review.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;

/**
 * An application to become a designated institution, through entry review (入口管理, 承医保发〔2019〕2号 §(二)
 * 2): the applicant's data, the reviews (each a method with its outcome and reviewer), the decision
 * signed by the named reviewer (谁审核谁签字谁负责) and the filing that enters the institution into the
 * directory. Every step is in {@code audit}; each step returns the next state with {@code version}
 * one higher.
 *
 * <p>Status: SUBMITTED → (review) UNDER_REVIEW → (signed decision) APPROVED | REJECTED; APPROVED →
 * (filing) FILED, with {@code institutionId} the registered institution (the application's own id).
 */
public record Application(
    String id,
    long version,
    String nationalCode,
    String name,
    InstitutionType type,
    InstitutionLevel level,
    Ownership ownership,
    String countyCode,
    List<String> regionPath,
    ApplicationStatus status,
    List<ReviewRecord> reviews,
    ReviewDecision decision,
    String institutionId,
    LocalDate agreementSignedOn,
    Instant submittedAt,
    String submittedBy,
    List<AuditEntry> audit) {

  public Application {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
    audit = audit == null ? List.of() : List.copyOf(audit);
  }

  public static Application submit(
      String id,
      String nationalCode,
      String name,
      InstitutionType type,
      InstitutionLevel level,
      Ownership ownership,
      String countyCode,
      List<String> regionPath,
      Instant at,
      String by) {
    if (!level.fits(type)) {
      throw Refusal.rule(
          "level-does-not-fit-type", "level", "级别“" + level.label() + "”不适用于" + type.label());
    }
    return new Application(
        id,
        1,
        nationalCode,
        name,
        type,
        level,
        ownership,
        countyCode,
        regionPath,
        ApplicationStatus.SUBMITTED,
        List.of(),
        null,
        null,
        null,
        at,
        by,
        List.of(new AuditEntry(at, by, "SUBMITTED", "受理定点申请：" + name + "（" + nationalCode + "）")));
  }

  /** Records one review (any method, any number of times) while no decision is taken. */
  public Application review(
      ReviewMethod method, ReviewOutcome outcome, String findings, Instant at, String by) {
    if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.UNDER_REVIEW) {
      throw new ReviewStepRejected("申请已" + status.label() + "，不能再记录审核");
    }
    if (findings == null || findings.isBlank()) {
      throw Refusal.rule("findings-missing", "findings", "审核须记录核查情况");
    }
    List<ReviewRecord> nextReviews = new ArrayList<>(reviews);
    nextReviews.add(new ReviewRecord(method, outcome, findings.trim(), by, at));
    return next(
        ApplicationStatus.UNDER_REVIEW,
        nextReviews,
        decision,
        institutionId,
        agreementSignedOn,
        new AuditEntry(
            at, by, "REVIEWED", method.label() + "：" + outcome.label() + "；" + findings.trim()));
  }

  /**
   * Decides the application, signed by the named reviewer (谁审核谁签字谁负责): the signature must be there
   * and be the reviewer's, the reviewer must be the caller and must have reviewed this application.
   * Approval needs every review passed; a rejection needs a reason.
   */
  public Application decide(
      Verdict verdict,
      String reason,
      String reviewer,
      String signedBy,
      String statement,
      Instant at,
      String caller) {
    if (status == ApplicationStatus.SUBMITTED) {
      throw Refusal.rule("no-review-recorded", "verdict", "尚无审核记录，不能作出决定");
    }
    if (status != ApplicationStatus.UNDER_REVIEW) {
      throw new ReviewStepRejected("申请已" + status.label() + "，不能再作决定");
    }
    if (signedBy == null || signedBy.isBlank()) {
      throw Refusal.rule("signature-missing", "signature", "决定须由审核人签字（谁审核谁签字谁负责）");
    }
    if (reviewer == null || !signedBy.trim().equals(reviewer.trim())) {
      throw Refusal.rule(
          "signature-not-by-reviewer",
          "signature.signedBy",
          "签字人 " + signedBy + " 不是署名审核人 " + reviewer);
    }
    if (!reviewer.trim().equals(caller)) {
      throw Refusal.rule(
          "reviewer-must-sign-in-person",
          "reviewer",
          "署名审核人 " + reviewer + " 须本人签字，当前用户为 " + caller);
    }
    if (reviews.stream().noneMatch(r -> r.reviewer().equals(caller))) {
      throw Refusal.rule("reviewer-did-not-review", "reviewer", caller + " 未参与本申请的审核，不能签字");
    }
    if (verdict == Verdict.APPROVED
        && reviews.stream().anyMatch(r -> r.outcome() == ReviewOutcome.FAILED)) {
      throw Refusal.rule("failed-review", "verdict", "存在审核结论为“不符合”的审核，不能同意纳入");
    }
    if (verdict == Verdict.REJECTED && (reason == null || reason.isBlank())) {
      throw Refusal.rule("reason-missing", "reason", "不予纳入须说明理由");
    }
    String text = statement == null || statement.isBlank() ? "本人已审核上述材料，对审核结果负责" : statement.trim();
    Signature signature =
        new Signature(
            caller,
            text,
            at,
            digest(
                id
                    + "|"
                    + nationalCode
                    + "|"
                    + verdict
                    + "|"
                    + caller
                    + "|"
                    + reason
                    + "|"
                    + at
                    + "|"
                    + text));
    ReviewDecision next =
        new ReviewDecision(verdict, reason == null ? null : reason.trim(), caller, signature, at);
    ApplicationStatus nextStatus =
        verdict == Verdict.APPROVED ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
    return next(
        nextStatus,
        reviews,
        next,
        institutionId,
        agreementSignedOn,
        new AuditEntry(
            at,
            caller,
            "DECIDED",
            verdict.label()
                + (reason == null || reason.isBlank() ? "" : "：" + reason.trim())
                + "；审核人 "
                + caller
                + " 签字（摘要 "
                + signature.digest().substring(0, 12)
                + "）"));
  }

  /**
   * Only an approved application is filed; its institution is the one registered with this
   * application's id.
   */
  public void requireFileable() {
    if (status == ApplicationStatus.FILED) {
      throw new ReviewStepRejected("申请已备案，机构 " + institutionId);
    }
    if (status != ApplicationStatus.APPROVED) {
      throw new ReviewStepRejected("申请" + status.label() + "，只有审核通过的申请可以备案纳入定点");
    }
  }

  /**
   * The application is filed: the institution {@code institutionId} is registered with an
   * agreement.
   */
  public Application filed(
      String registeredInstitutionId, LocalDate signedOn, Instant at, String by) {
    requireFileable();
    return next(
        ApplicationStatus.FILED,
        reviews,
        decision,
        registeredInstitutionId,
        signedOn,
        new AuditEntry(at, by, "FILED", "报同级医疗保障行政部门备案，纳入定点医药机构名录，服务协议自 " + signedOn + " 起履行"));
  }

  /** The line the registered institution's REGISTERED change carries. */
  public String entryReviewSummary() {
    return "经准入审核纳入定点（申请 "
        + id
        + "，审核方式 "
        + String.join("、", reviews.stream().map(r -> r.method().label()).distinct().toList())
        + "，审核人 "
        + (decision == null ? "-" : decision.reviewer())
        + " 签字）";
  }

  private Application next(
      ApplicationStatus nextStatus,
      List<ReviewRecord> nextReviews,
      ReviewDecision nextDecision,
      String nextInstitutionId,
      LocalDate nextSignedOn,
      AuditEntry entry) {
    List<AuditEntry> nextAudit = new ArrayList<>(audit);
    nextAudit.add(entry);
    return new Application(
        id,
        version + 1,
        nationalCode,
        name,
        type,
        level,
        ownership,
        countyCode,
        regionPath,
        nextStatus,
        nextReviews,
        nextDecision,
        nextInstitutionId,
        nextSignedOn,
        submittedAt,
        submittedBy,
        nextAudit);
  }

  private static String digest(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
