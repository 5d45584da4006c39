package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ybjg.cases.casefile.domain.StepRule.Transition;
import org.ybjg.cases.institution.domain.Ownership;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;

/**
 * A case (案件) against a designated institution, run through the statutory administrative-penalty
 * procedure (docs/law.md#2-administrative-penalty-procedure): clue → filing → investigation →
 * notice with the right to state, defend and request a hearing → legal review for major decisions →
 * decision → service → execution → rectification → closed. The aggregate of the case service;
 * {@code version} counts its changes (optimistic locking, the API's ETag). The components are the
 * stored document's field names, so the parts (the step rules, {@link Recovery}, {@link Referrals},
 * {@link CaseExposure}, {@link LedgerNote}) keep their own logic and the case only coordinates.
 *
 * @param regionPath the county and its ancestors (region table), for scoped queries
 * @param deadline the pending statutory deadline, or null
 * @param decision null until issued
 */
public record CaseFile(
    String id,
    long version,
    CaseStatus status,
    CaseOrigin origin,
    String findingId,
    String institutionId,
    String institutionName,
    Ownership ownership,
    String countyCode,
    List<String> regionPath,
    FindingCategory category,
    BigDecimal improperAmount,
    LocalDate openedOn,
    Procedure procedure,
    Deadline deadline,
    Decision decision,
    List<Referral> referrals,
    Recovery recovery,
    LedgerNote ledgerNote,
    CaseExposure exposure,
    List<HistoryEntry> history,
    CaseSource source) {

  public static final long FIRST_VERSION = 1;

  public CaseFile {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    referrals = referrals == null ? List.of() : List.copyOf(referrals);
    recovery = recovery == null ? Recovery.NONE : recovery;
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * The id of the case opened from a finding: derived from the finding id alone, so that a
   * redelivered finding names the same case and cannot open a second one.
   */
  public static String idForFinding(String findingId) {
    return UUID.nameUUIDFromBytes(
            ("inspection-finding:" + findingId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** Registers the clue of a finding (案源登记), due for filing within the filing period. */
  public static CaseFile openFrom(
      Finding finding, Ownership ownership, List<String> regionPath, ProcedureRules rules) {
    return CaseOpening.fromFinding(finding, ownership, regionPath, rules);
  }

  /** The id of a case opened from another clue: one case per origin and the source's own number. */
  public static String idForClue(CaseOrigin origin, String reference) {
    return UUID.nameUUIDFromBytes(
            (origin.name() + ":" + reference).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * Registers a clue that is not an inspection finding (案源登记), due for filing within the filing
   * period.
   */
  public static CaseFile openFrom(
      Clue clue, List<String> regionPath, ProcedureRules rules, String by) {
    return CaseOpening.fromClue(clue, regionPath, rules, by);
  }

  public boolean isDecided() {
    return decision != null;
  }

  public Set<StepAction> allowedSteps() {
    return StepRules.allowedIn(status);
  }

  /** The referrals as a value that knows their order of steps (the stored list keeps its shape). */
  public Referrals referralFile() {
    return new Referrals(referrals);
  }

  /**
   * Records a procedure step; refuses what the status does not allow (409) or the law forbids
   * (422).
   */
  public CaseFile take(Step step, ProcedureRules rules) {
    if (!allowedSteps().contains(step.action())) {
      throw new TransitionNotAllowed(
          status,
          "take the step " + step.action() + " (" + step.action().label() + ")",
          allowedSteps());
    }
    LocalDate on = procedure.dateOf(step.on(), rules);
    Procedure.Draft p = procedure.draft();
    Transition t = StepRules.of(step.action()).take(this, p, step, on, rules);
    p.lastStepOn = on;
    return change()
        .status(t.status())
        .procedure(p.build())
        .deadline(t.deadline())
        .log(
            new HistoryEntry(t.kind(), rules.now(), step.actor(), on, step.signatories(), t.note()))
        .done();
  }

  /**
   * Whether a decision may be issued now (before numbering): the party was notified, its statement
   * period is over or waived, no hearing is pending, and a major decision was legally reviewed
   * (《行政处罚法》第五十八条).
   */
  public void requireDecidable(LocalDate on, boolean major) {
    if (isDecided()) {
      throw new CaseAlreadyDecided(id, decision.number().text());
    }
    if (status != CaseStatus.NOTIFIED) {
      throw new TransitionNotAllowed(
          status,
          "be decided before the party is notified of the proposed penalty " + "(《行政处罚法》第四十四条)",
          allowedSteps());
    }
    procedure.requireStatementsOver(on);
    if (major && procedure.legalReviewOn() == null) {
      throw Refusal.rule(
          "legal-review-required",
          "action",
          "a major decision (agreement measure or large "
              + "fine) needs legal review first (法制审核, 《行政处罚法》第五十八条)");
    }
  }

  /**
   * Records the decision (after {@link #requireDecidable}); the decision must be served within 7
   * working days.
   */
  public CaseFile decide(Decision issued, ProcedureRules rules) {
    if (isDecided()) {
      throw new CaseAlreadyDecided(id, decision.number().text());
    }
    Procedure.Draft p = procedure.draft();
    p.serviceDue = rules.plus(issued.decidedOn(), LimitKey.SERVICE);
    p.lastStepOn = issued.decidedOn();
    return change()
        .status(CaseStatus.DECIDED)
        .procedure(p.build())
        .decision(issued)
        .deadline(Deadline.of(DeadlineStep.SERVICE, p.serviceDue))
        .log(
            new HistoryEntry(
                HistoryKind.DECISION_ISSUED,
                rules.now(),
                issued.decidedBy(),
                issued.decidedOn(),
                issued.signedBy(),
                issued.number().text()))
        .done();
  }

  /** Marks the pending deadline as announced overdue (once per step and due date). */
  public CaseFile announceOverdue(Instant now) {
    if (deadline == null || deadline.reported()) {
      throw new IllegalStateException("case " + id + " has no unannounced deadline");
    }
    return change()
        .deadline(deadline.announced())
        .log(
            new HistoryEntry(
                HistoryKind.OVERDUE,
                now,
                HistoryEntry.SYSTEM,
                deadline.due(),
                List.of(),
                deadline.step().label() + "期限 " + deadline.due() + " 已过"))
        .done();
  }

  /** Refers the case (移送) once it is filed; a second open referral to the same body is refused. */
  public CaseFile refer(Referral referral, String actor, ProcedureRules rules) {
    if (status == CaseStatus.CLUE) {
      throw new TransitionNotAllowed(status, "be referred before it is filed", allowedSteps());
    }
    Referrals next = referralFile().add(referral);
    procedure.dateOf(referral.sentOn(), rules);
    return change()
        .referrals(next)
        .log(
            new HistoryEntry(
                HistoryKind.REFERRED,
                rules.now(),
                actor,
                referral.sentOn(),
                List.of(actor),
                referral.target().label() + ": " + referral.reason()))
        .done();
  }

  /** Records receipt by the body (SENT → RECEIVED) or its feedback (RECEIVED → FEEDBACK). */
  public CaseFile trackReferral(
      String referralId,
      ReferralStatus to,
      LocalDate on,
      String by,
      String text,
      String actor,
      ProcedureRules rules) {
    Referrals.Tracked tracked = referralFile().track(referralId, to, on, rules.today(), by, text);
    LocalDate day = on == null ? rules.today() : on;
    return change()
        .referrals(tracked.referrals())
        .log(
            new HistoryEntry(
                tracked.kind(),
                rules.now(),
                actor,
                day,
                List.of(actor),
                tracked.before().target().label() + (text == null ? "" : ": " + text.strip())))
        .done();
  }

  /**
   * Records a payment after service; the one that completes the fine and the return executes the
   * decision. With an instalment plan the payment deadline moves to the next instalment not yet
   * covered.
   */
  public CaseFile recordPayment(
      PaymentKind kind,
      BigDecimal amount,
      LocalDate requestedOn,
      String reference,
      String actor,
      ProcedureRules rules) {
    if (status != CaseStatus.SERVED) {
      throw new TransitionNotAllowed(
          status,
          "record a payment (only once the decision is served and until it is " + "executed)",
          allowedSteps());
    }
    LocalDate on = procedure.dateOf(requestedOn, rules);
    Recovery paid = recovery.pay(new Payment(kind, amount, on, actor, reference), decision);
    Procedure.Draft p = procedure.draft();
    p.lastStepOn = on;
    CaseChange next =
        change()
            .recovery(paid)
            .log(
                new HistoryEntry(
                    HistoryKind.PAYMENT_RECEIVED,
                    rules.now(),
                    actor,
                    on,
                    List.of(actor),
                    kind.label()
                        + " "
                        + amount.toPlainString()
                        + "元"
                        + (reference == null ? "" : " (" + reference + ")")));
    if (paid.settles(decision)) {
      p.executedOn = on;
      p.finePaid = paid.paid(PaymentKind.FINE);
      p.returnedAmount = paid.paid(PaymentKind.RETURN);
      next.status(CaseStatus.EXECUTED)
          .deadline(null)
          .log(
              new HistoryEntry(HistoryKind.EXECUTED, rules.now(), actor, on, List.of(actor), null));
    } else if (paid.nextInstalmentDue() != null && !paid.nextInstalmentDue().equals(p.paymentDue)) {
      p.paymentDue = paid.nextInstalmentDue();
      next.deadline(Deadline.of(DeadlineStep.PAYMENT, p.paymentDue));
    }
    return next.procedure(p.build()).done();
  }

  /** Approves payment by instalments (《行政处罚法》第六十六条), decided or served and not yet executed. */
  public CaseFile planInstalments(
      String reason, List<Instalment> plan, String actor, ProcedureRules rules) {
    if (status != CaseStatus.DECIDED && status != CaseStatus.SERVED) {
      throw new TransitionNotAllowed(
          status, "plan instalments (only between decision and execution)", allowedSteps());
    }
    Recovery planned = recovery.plan(reason, plan, rules.today(), decision);
    CaseChange next =
        change()
            .recovery(planned)
            .log(
                new HistoryEntry(
                    HistoryKind.INSTALMENTS_APPROVED,
                    rules.now(),
                    actor,
                    rules.today(),
                    List.of(actor),
                    planned.instalmentReason()));
    if (status == CaseStatus.SERVED) {
      Procedure.Draft p = procedure.draft();
      p.paymentDue = planned.nextInstalmentDue();
      next.procedure(p.build()).deadline(Deadline.of(DeadlineStep.PAYMENT, p.paymentDue));
    }
    return next.done();
  }

  /**
   * Records why the problem cannot be cleared by the campaign deadline (docs/domain.md §4); open
   * cases only.
   */
  public CaseFile noteForLedger(
      LedgerReason reason, String note, String actor, ProcedureRules rules) {
    if (status == CaseStatus.CLOSED) {
      throw new TransitionNotAllowed(status, "take a ledger note: it is cleared", allowedSteps());
    }
    LedgerNote noted = LedgerNote.of(reason, note, rules.today(), actor);
    return change()
        .ledgerNote(noted)
        .log(
            new HistoryEntry(
                HistoryKind.LEDGER_NOTED,
                rules.now(),
                actor,
                rules.today(),
                List.of(actor),
                noted.describe()))
        .done();
  }

  /**
   * Publishes the decided case as a typical case; once, without personal data.
   *
   * @param protectedNames people the summary must not name (the whistleblowers of the case)
   */
  public CaseFile expose(
      String summary, Collection<String> protectedNames, String actor, ProcedureRules rules) {
    if (decision == null) {
      throw new ReferralClash("not-decided", "only a decided case is published as a typical case");
    }
    if (exposure != null) {
      throw new ReferralClash(
          "already-exposed", "the case was published on " + exposure.publishedOn());
    }
    return change()
        .exposure(CaseExposure.publish(summary, protectedNames, rules.today(), actor))
        .log(
            new HistoryEntry(
                HistoryKind.EXPOSED, rules.now(), actor, rules.today(), List.of(actor), null))
        .done();
  }

  /** Fine plus return decided (zero before a decision). */
  public BigDecimal assessed() {
    return decision == null
        ? Yuan.ZERO
        : Recovery.orZero(decision.fineAmount()).add(Recovery.orZero(decision.returnAmount()));
  }

  /** What is still owed: assessed less paid (after execution, nothing). */
  public BigDecimal outstanding() {
    if (decision == null
        || status == CaseStatus.EXECUTED
        || status == CaseStatus.RECTIFYING
        || status == CaseStatus.CLOSED) {
      return Yuan.ZERO;
    }
    return assessed().subtract(recovery.paidInAll());
  }

  public boolean ordersAgreementMeasure() {
    return decision != null && !decision.measures().isEmpty();
  }

  public List<Measure> measures() {
    return decision == null ? List.of() : decision.measures();
  }

  private CaseChange change() {
    return new CaseChange(this);
  }
}
