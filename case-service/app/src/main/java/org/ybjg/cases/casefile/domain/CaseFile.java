package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ybjg.cases.institution.domain.Ownership;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;

/**
 * A case (案件) against a designated institution, run through the statutory administrative-penalty procedure
 * (LAW.md §2): clue → filing (15 working days) → investigation → notice with the right to state, defend and
 * request a hearing (5 working days) → legal review for major decisions → decision (90 days from filing, plus
 * recorded extensions) → service (7 working days) → execution (fine within 15 days) → rectification → closed.
 * The aggregate of the case service; {@code version} counts its changes (optimistic locking, the API's ETag).
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

  /** The state machine: which steps each status allows (anything else is 409 transition-not-allowed). */
  public static final Map<CaseStatus, Set<StepAction>> ALLOWED = allowed();

  private static Map<CaseStatus, Set<StepAction>> allowed() {
    Map<CaseStatus, Set<StepAction>> map = new EnumMap<>(CaseStatus.class);
    map.put(CaseStatus.CLUE, EnumSet.of(StepAction.FILE, StepAction.EXTEND_FILING, StepAction.DECLINE));
    map.put(CaseStatus.FILED, EnumSet.of(StepAction.NOTIFY, StepAction.EXTEND_DECISION, StepAction.DISMISS));
    map.put(CaseStatus.NOTIFIED, EnumSet.of(StepAction.RECORD_STATEMENT, StepAction.REQUEST_HEARING,
        StepAction.HOLD_HEARING, StepAction.WAIVE, StepAction.LEGAL_REVIEW, StepAction.EXTEND_DECISION,
        StepAction.DISMISS));
    map.put(CaseStatus.DECIDED, EnumSet.of(StepAction.SERVE));
    map.put(CaseStatus.SERVED, EnumSet.of(StepAction.EXECUTE));
    map.put(CaseStatus.EXECUTED, EnumSet.of(StepAction.ORDER_RECTIFICATION, StepAction.CLOSE));
    map.put(CaseStatus.RECTIFYING, EnumSet.of(StepAction.CONFIRM_RECTIFICATION));
    map.put(CaseStatus.CLOSED, EnumSet.noneOf(StepAction.class));
    return map;
  }

  public CaseFile {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    referrals = referrals == null ? List.of() : List.copyOf(referrals);
    recovery = recovery == null ? Recovery.NONE : recovery;
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * The id of the case opened from a finding: derived from the finding id alone, so that a redelivered
   * finding names the same case and cannot open a second one.
   */
  public static String idForFinding(String findingId) {
    return UUID.nameUUIDFromBytes(("inspection-finding:" + findingId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Registers the clue of a finding (案源登记): the bureau must decide whether to file it within the filing
   * period counted from the day the finding was made. {@code ownership} is the registry's when the case
   * service has it, else the finding's.
   */
  public static CaseFile openFrom(Finding finding, Ownership ownership, List<String> regionPath, ProcedureRules rules) {
    if (regionPath == null || regionPath.isEmpty() || !regionPath.get(0).equals(finding.countyCode())) {
      throw new IllegalArgumentException("the region path of a case starts with its county " + finding.countyCode());
    }
    LocalDate clueOn = finding.foundOn() == null || finding.foundOn().isAfter(rules.today())
        ? rules.today() : finding.foundOn();
    LocalDate filingDue = rules.plus(clueOn, LimitKey.FILING);
    return new CaseFile(
        idForFinding(finding.findingId()),
        FIRST_VERSION,
        CaseStatus.CLUE,
        CaseOrigin.INSPECTION_FINDING,
        finding.findingId(),
        finding.institutionId(),
        finding.institutionName(),
        ownership == null ? finding.ownership() : ownership,
        finding.countyCode(),
        regionPath,
        finding.category(),
        finding.improperAmount(),
        rules.today(),
        Procedure.ofClue(clueOn, filingDue),
        Deadline.of(DeadlineStep.FILING, filingDue),
        null,
        List.of(),
        Recovery.NONE,
        null,
        null,
        List.of(new HistoryEntry(HistoryKind.OPENED, rules.now(), HistoryEntry.SYSTEM, clueOn, List.of(),
            null)), null);
  }

  /** The id of a case opened from another clue: one case per origin and the source's own number. */
  public static String idForClue(CaseOrigin origin, String reference) {
    return UUID.nameUUIDFromBytes((origin.name() + ":" + reference).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Registers a clue that is not an inspection finding (案源登记): a tip-off, a smart-monitoring lead, a
   * self-inspection report or an upper-level handover (registry issue of cases, point 1). Filing is due 15 working
   * days after the clue was received.
   */
  public static CaseFile openFrom(Clue clue, List<String> regionPath, ProcedureRules rules, String by) {
    if (clue.origin() == CaseOrigin.INSPECTION_FINDING) {
      throw new IllegalArgumentException("inspection findings open their cases from the inspection events");
    }
    LocalDate receivedOn = clue.receivedOn() == null ? rules.today() : clue.receivedOn();
    if (receivedOn.isAfter(rules.today())) {
      throw Refusal.rule("clue-in-future", "receivedOn", "收到线索的日期 " + receivedOn + " 晚于今天");
    }
    CaseSource source = clue.source();
    if (source.periodFrom() != null && source.periodTo() != null && source.periodTo().isBefore(source.periodFrom())) {
      throw Refusal.rule("period-out-of-order", "periodTo",
          "违规期间的结束日 " + source.periodTo() + " 早于开始日 " + source.periodFrom());
    }
    LocalDate filingDue = rules.plus(receivedOn, LimitKey.FILING);
    return new CaseFile(idForClue(clue.origin(), source.reference()), FIRST_VERSION, CaseStatus.CLUE,
        clue.origin(), null, clue.institutionId(), clue.institutionName(), clue.ownership(), clue.countyCode(),
        regionPath, clue.category(), clue.amountInvolved(), rules.today(), Procedure.ofClue(receivedOn, filingDue),
        Deadline.of(DeadlineStep.FILING, filingDue), null, List.of(), Recovery.NONE, null, null,
        List.of(new HistoryEntry(HistoryKind.OPENED, rules.now(), by, receivedOn, List.of(),
            clue.origin().label() + " " + source.reference())), source);
  }

  public boolean isDecided() {
    return decision != null;
  }

  public Set<StepAction> allowedSteps() {
    return ALLOWED.getOrDefault(status, Set.of());
  }

  /** Records a procedure step; refuses what the status does not allow (409) or the law forbids (422). */
  public CaseFile take(Step step, ProcedureRules rules) {
    if (!allowedSteps().contains(step.action())) {
      throw new TransitionNotAllowed(status, "take the step " + step.action() + " (" + step.action().label() + ")",
          allowedSteps());
    }
    LocalDate on = dateOf(step.on(), rules);
    Procedure.Draft p = procedure.draft();
    CaseStatus next = status;
    Deadline nextDeadline = deadline;
    HistoryKind kind;
    String note = step.note();
    switch (step.action()) {
      case FILE -> {
        p.filedOn = on;
        p.decisionDue = rules.plus(on, LimitKey.DECISION);
        next = CaseStatus.FILED;
        nextDeadline = Deadline.of(DeadlineStep.DECISION, p.decisionDue);
        kind = HistoryKind.FILED;
      }
      case EXTEND_FILING -> {
        String reason = reasonOf(step);
        if (Boolean.TRUE.equals(p.filingExtended)) {
          throw Refusal.rule("filing-already-extended", "action",
              "the filing period may be extended once (" + rules.limits().get(LimitKey.FILING_EXTENSION).source() + ")");
        }
        TimeLimit extension = rules.limits().get(LimitKey.FILING_EXTENSION);
        p.filingDue = rules.calendar().plus(p.filingDue, extension.amount(), extension.unit());
        p.filingExtended = true;
        nextDeadline = Deadline.of(DeadlineStep.FILING, p.filingDue);
        kind = HistoryKind.FILING_EXTENDED;
        note = reason;
      }
      case DECLINE, DISMISS -> {
        p.closedOn = on;
        p.closingReason = reasonOf(step);
        next = CaseStatus.CLOSED;
        nextDeadline = null;
        kind = step.action() == StepAction.DECLINE ? HistoryKind.DECLINED : HistoryKind.DISMISSED;
        note = p.closingReason;
      }
      case NOTIFY -> {
        if (step.proposal() == null || step.proposal().isBlank()) {
          throw Refusal.rule("proposal-required", "proposal",
              "a notice states the facts, reasons, basis and proposed penalty (《行政处罚法》第四十四条)");
        }
        p.notifiedOn = on;
        p.proposal = step.proposal().strip();
        p.hearingRight = rules.isMajor(step.proposedFine(), Boolean.TRUE.equals(step.proposesAgreementMeasure()));
        p.statementDue = rules.plus(on, LimitKey.HEARING_REQUEST);
        p.waived = false;
        next = CaseStatus.NOTIFIED;
        kind = HistoryKind.NOTIFIED;
        note = p.proposal;
      }
      case RECORD_STATEMENT -> {
        if (note == null || note.isBlank()) {
          throw Refusal.rule("note-required", "note", "record what the party stated or defended");
        }
        List<String> statements = new ArrayList<>(p.statements);
        statements.add(note.strip());
        p.statements = statements;
        kind = HistoryKind.STATEMENT_RECORDED;
      }
      case REQUEST_HEARING -> {
        if (!Boolean.TRUE.equals(p.hearingRight)) {
          throw Refusal.rule("no-hearing-right", "action",
              "the proposed penalty gives no right to a hearing (《行政处罚法》第六十三条: large fines, suspension, "
                  + "revocation)");
        }
        if (p.hearingRequestedOn != null) {
          throw Refusal.rule("hearing-already-requested", "action", "a hearing was already requested on "
              + p.hearingRequestedOn);
        }
        if (on.isAfter(p.statementDue)) {
          throw Refusal.rule("hearing-request-late", "on", "a hearing is requested within "
              + rules.limits().get(LimitKey.HEARING_REQUEST).amount() + " working days of the notice, by "
              + p.statementDue + " (《行政处罚法》第六十四条、第八十五条), not on " + on);
        }
        p.hearingRequestedOn = on;
        p.waived = false;
        kind = HistoryKind.HEARING_REQUESTED;
      }
      case HOLD_HEARING -> {
        if (p.hearingRequestedOn == null) {
          throw Refusal.rule("hearing-not-requested", "action", "no hearing was requested");
        }
        if (p.hearingHeldOn != null) {
          throw Refusal.rule("hearing-already-held", "action", "the hearing was held on " + p.hearingHeldOn);
        }
        p.hearingHeldOn = on;
        kind = HistoryKind.HEARING_HELD;
      }
      case WAIVE -> {
        if (procedure.hearingPending()) {
          throw Refusal.rule("hearing-pending", "action", "a hearing was requested and not yet held");
        }
        p.waived = true;
        kind = HistoryKind.RIGHTS_WAIVED;
      }
      case LEGAL_REVIEW -> {
        requireStatementsOver(on);
        p.legalReviewOn = on;
        p.legalReviewBy = step.signatories();
        kind = HistoryKind.LEGAL_REVIEWED;
      }
      case EXTEND_DECISION -> {
        String reason = reasonOf(step);
        if (step.days() == null || step.days() < 1) {
          throw Refusal.rule("days-required", "days", "an extension names its days");
        }
        TimeLimit max = rules.limits().get(LimitKey.DECISION_EXTENSION);
        int total = procedure.extendedDays() + step.days();
        if (total > max.amount()) {
          throw Refusal.rule("extension-too-long", "days", "the decision period may be extended by at most "
              + max.amount() + " days in all (" + max.source() + "); " + procedure.extendedDays()
              + " already granted, " + step.days() + " more asked");
        }
        List<Extension> extensions = new ArrayList<>(p.extensions);
        extensions.add(new Extension(step.days(), reason, on, step.actor(), step.signatories()));
        p.extensions = extensions;
        TimeLimit decision = rules.limits().get(LimitKey.DECISION);
        p.decisionDue = rules.calendar().plus(p.filedOn, decision.amount() + total, decision.unit());
        nextDeadline = Deadline.of(DeadlineStep.DECISION, p.decisionDue);
        kind = HistoryKind.DECISION_EXTENDED;
        note = reason;
      }
      case SERVE -> {
        if (step.recipient() == null || step.recipient().isBlank()) {
          throw Refusal.rule("recipient-required", "recipient", "service names who received the decision");
        }
        p.servedOn = on;
        p.serviceMethod = step.method() == null || step.method().isBlank() ? "直接送达" : step.method().strip();
        p.recipient = step.recipient().strip();
        next = CaseStatus.SERVED;
        if (owesMoney()) {
          LocalDate instalment = recovery.nextInstalmentDue();
          p.paymentDue = instalment != null ? instalment : rules.plus(on, LimitKey.PAYMENT);
          nextDeadline = Deadline.of(DeadlineStep.PAYMENT, p.paymentDue);
        } else {
          nextDeadline = null;
        }
        kind = HistoryKind.SERVED;
      }
      case EXECUTE -> {
        BigDecimal fine = orZero(decision.fineAmount());
        BigDecimal toReturn = orZero(decision.returnAmount());
        BigDecimal finePaid = recovery.paid(PaymentKind.FINE).add(orZero(step.finePaid()));
        BigDecimal returned = recovery.paid(PaymentKind.RETURN).add(orZero(step.returnedAmount()));
        if (finePaid.compareTo(fine) != 0) {
          throw Refusal.rule("execution-incomplete", "finePaid", "the decision fines " + fine.toPlainString()
              + " yuan; " + finePaid.toPlainString() + " paid with this step is not the whole fine");
        }
        if (returned.compareTo(toReturn) != 0) {
          throw Refusal.rule("execution-incomplete", "returnedAmount", "the decision orders "
              + toReturn.toPlainString() + " yuan returned to the fund; " + returned.toPlainString()
              + " with this step is not all of it");
        }
        p.executedOn = on;
        p.finePaid = fine;
        p.returnedAmount = toReturn;
        next = CaseStatus.EXECUTED;
        nextDeadline = null;
        kind = HistoryKind.EXECUTED;
      }
      case ORDER_RECTIFICATION -> {
        if (step.deadline() == null) {
          throw Refusal.rule("deadline-required", "deadline", "rectification is ordered with a deadline");
        }
        if (!step.deadline().isAfter(on)) {
          throw Refusal.rule("deadline-before-step", "deadline", "the rectification deadline "
              + step.deadline() + " must follow the order of " + on);
        }
        p.rectificationDue = step.deadline();
        p.rectifiedOn = null;
        next = CaseStatus.RECTIFYING;
        nextDeadline = Deadline.of(DeadlineStep.RECTIFICATION, step.deadline());
        kind = HistoryKind.RECTIFICATION_ORDERED;
      }
      case CONFIRM_RECTIFICATION -> {
        p.rectifiedOn = on;
        next = CaseStatus.EXECUTED;
        nextDeadline = null;
        kind = HistoryKind.RECTIFIED;
      }
      case CLOSE -> {
        p.closedOn = on;
        next = CaseStatus.CLOSED;
        nextDeadline = null;
        kind = HistoryKind.CLOSED;
      }
      default -> throw new IllegalStateException("unhandled step " + step.action());
    }
    p.lastStepOn = on;
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(kind, rules.now(), step.actor(), on, step.signatories(), note));
    return new CaseFile(id, version + 1, next, origin, findingId, institutionId, institutionName, ownership,
        countyCode, regionPath, category, improperAmount, openedOn, p.build(), nextDeadline, decision, referrals, recovery, ledgerNote, exposure, steps, source);
  }

  /**
   * Whether a decision may be issued now (before numbering): the party was notified, its statement period is
   * over or waived, no hearing is pending, and a major decision was legally reviewed (《行政处罚法》第五十八条).
   */
  public void requireDecidable(LocalDate on, boolean major) {
    if (isDecided()) {
      throw new CaseAlreadyDecided(id, decision.number().text());
    }
    if (status != CaseStatus.NOTIFIED) {
      throw new TransitionNotAllowed(status, "be decided before the party is notified of the proposed penalty "
          + "(《行政处罚法》第四十四条)", allowedSteps());
    }
    requireStatementsOver(on);
    if (major && procedure.legalReviewOn() == null) {
      throw Refusal.rule("legal-review-required", "action", "a major decision (agreement measure or large "
          + "fine) needs legal review first (法制审核, 《行政处罚法》第五十八条)");
    }
  }

  private void requireStatementsOver(LocalDate on) {
    if (procedure.hearingPending()) {
      throw Refusal.rule("hearing-pending", "action", "the party requested a hearing on "
          + procedure.hearingRequestedOn() + "; hold it first (《行政处罚法》第六十四条)");
    }
    boolean heard = procedure.hearingHeldOn() != null;
    if (!heard && !procedure.isWaived() && !on.isAfter(procedure.statementDue())) {
      throw Refusal.rule("statement-period-running", "on", "the party may state, defend and request a "
          + "hearing until " + procedure.statementDue() + " (《行政处罚法》第四十五条、第六十四条); wait, or record its "
          + "written waiver");
    }
  }

  /** Records the decision (after {@link #requireDecidable}); the decision must be served within 7 working days. */
  public CaseFile decide(Decision issued, ProcedureRules rules) {
    if (isDecided()) {
      throw new CaseAlreadyDecided(id, decision.number().text());
    }
    Procedure.Draft p = procedure.draft();
    p.serviceDue = rules.plus(issued.decidedOn(), LimitKey.SERVICE);
    p.lastStepOn = issued.decidedOn();
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(HistoryKind.DECISION_ISSUED, rules.now(), issued.decidedBy(), issued.decidedOn(),
        issued.signedBy(), issued.number().text()));
    return new CaseFile(id, version + 1, CaseStatus.DECIDED, origin, findingId, institutionId, institutionName,
        ownership, countyCode, regionPath, category, improperAmount, openedOn, p.build(),
        Deadline.of(DeadlineStep.SERVICE, p.serviceDue), issued, referrals, recovery, ledgerNote, exposure, steps, source);
  }

  /** Marks the pending deadline as announced overdue (once per step and due date). */
  public CaseFile announceOverdue(Instant now) {
    if (deadline == null || deadline.reported()) {
      throw new IllegalStateException("case " + id + " has no unannounced deadline");
    }
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(HistoryKind.OVERDUE, now, HistoryEntry.SYSTEM, deadline.due(), List.of(),
        deadline.step().label() + "期限 " + deadline.due() + " 已过"));
    return new CaseFile(id, version + 1, status, origin, findingId, institutionId, institutionName, ownership,
        countyCode, regionPath, category, improperAmount, openedOn, procedure, deadline.announced(), decision, referrals,
        recovery, ledgerNote, exposure, steps, source);
  }

  /**
   * Refers the case (移送) once it is filed; a second open referral to the same body is refused.
   */
  public CaseFile refer(Referral referral, String actor, ProcedureRules rules) {
    if (status == CaseStatus.CLUE) {
      throw new TransitionNotAllowed(status, "be referred before it is filed", allowedSteps());
    }
    if (referrals.stream().anyMatch(r -> r.target() == referral.target() && r.isOpen())) {
      throw new ReferralClash("already-referred", "the case was already referred to " + referral.target().label()
          + " and the referral is open");
    }
    dateOf(referral.sentOn(), rules);
    List<Referral> all = new ArrayList<>(referrals);
    all.add(referral);
    return withReferrals(all, new HistoryEntry(HistoryKind.REFERRED, rules.now(), actor, referral.sentOn(),
        List.of(actor), referral.target().label() + ": " + referral.reason()));
  }

  /** Records receipt by the body (SENT → RECEIVED) or its feedback (RECEIVED → FEEDBACK). */
  public CaseFile trackReferral(String referralId, ReferralStatus to, LocalDate on, String by, String text,
      String actor, ProcedureRules rules) {
    Referral current = referrals.stream().filter(r -> r.id().equals(referralId)).findFirst()
        .orElseThrow(() -> Refusal.notFound("the case has no referral " + referralId));
    LocalDate day = on == null ? rules.today() : on;
    if (day.isAfter(rules.today())) {
      throw Refusal.rule("step-date-in-future", "on", "a step cannot be dated in the future (" + day + ")");
    }
    Referral updated;
    HistoryKind kind;
    if (to == ReferralStatus.RECEIVED && current.status() == ReferralStatus.SENT) {
      updated = current.received(day, by == null || by.isBlank() ? null : by.strip());
      kind = HistoryKind.REFERRAL_RECEIVED;
    } else if (to == ReferralStatus.FEEDBACK && current.status() == ReferralStatus.RECEIVED) {
      if (text == null || text.isBlank()) {
        throw Refusal.rule("feedback-text-required", "text", "record what the body answered");
      }
      updated = current.answered(day, text.strip());
      kind = HistoryKind.REFERRAL_FEEDBACK;
    } else {
      throw new ReferralClash("transition-not-allowed", "a referral " + current.status() + " (" + current.status()
          .label() + ") cannot become " + to + "; the order is SENT → RECEIVED → FEEDBACK");
    }
    if (day.isBefore(current.sentOn()) || current.receivedOn() != null && day.isBefore(current.receivedOn())) {
      throw Refusal.rule("step-date-before-previous", "on", "a referral step cannot be dated " + day
          + ", before the previous one");
    }
    List<Referral> all = new ArrayList<>();
    for (Referral r : referrals) {
      all.add(r.id().equals(referralId) ? updated : r);
    }
    return withReferrals(all, new HistoryEntry(kind, rules.now(), actor, day, List.of(actor),
        current.target().label() + (text == null ? "" : ": " + text.strip())));
  }

  /**
   * Records a payment after service; the one that completes the fine and the return executes the decision.
   * With an instalment plan the payment deadline moves to the next instalment not yet covered.
   */
  public CaseFile recordPayment(PaymentKind kind, BigDecimal amount, LocalDate requestedOn, String reference,
      String actor, ProcedureRules rules) {
    if (status != CaseStatus.SERVED) {
      throw new TransitionNotAllowed(status, "record a payment (only once the decision is served and until it is "
          + "executed)", allowedSteps());
    }
    LocalDate on = dateOf(requestedOn, rules);
    if (amount == null || amount.signum() <= 0) {
      throw Refusal.rule("amount-not-positive", "amount", "a payment is a positive sum of yuan");
    }
    BigDecimal owed = (kind == PaymentKind.FINE ? orZero(decision.fineAmount()) : orZero(decision.returnAmount()))
        .subtract(recovery.paid(kind));
    if (amount.compareTo(owed) > 0) {
      throw Refusal.rule("overpayment", "amount", kind.label() + " outstanding is " + owed.toPlainString()
          + " yuan, not " + amount.toPlainString());
    }
    Recovery paid = recovery.with(new Payment(kind, amount, on, actor, reference));
    Procedure.Draft p = procedure.draft();
    p.lastStepOn = on;
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(HistoryKind.PAYMENT_RECEIVED, rules.now(), actor, on, List.of(actor),
        kind.label() + " " + amount.toPlainString() + "元" + (reference == null ? "" : " (" + reference + ")")));
    boolean complete = paid.paid(PaymentKind.FINE).compareTo(orZero(decision.fineAmount())) == 0
        && paid.paid(PaymentKind.RETURN).compareTo(orZero(decision.returnAmount())) == 0;
    CaseStatus next = status;
    Deadline nextDeadline = deadline;
    if (complete) {
      p.executedOn = on;
      p.finePaid = paid.paid(PaymentKind.FINE);
      p.returnedAmount = paid.paid(PaymentKind.RETURN);
      next = CaseStatus.EXECUTED;
      nextDeadline = null;
      steps.add(new HistoryEntry(HistoryKind.EXECUTED, rules.now(), actor, on, List.of(actor), null));
    } else if (paid.nextInstalmentDue() != null && !paid.nextInstalmentDue().equals(p.paymentDue)) {
      p.paymentDue = paid.nextInstalmentDue();
      nextDeadline = Deadline.of(DeadlineStep.PAYMENT, p.paymentDue);
    }
    return new CaseFile(id, version + 1, next, origin, findingId, institutionId, institutionName, ownership,
        countyCode, regionPath, category, improperAmount, openedOn, p.build(), nextDeadline, decision, referrals, paid,
        ledgerNote, exposure, steps, source);
  }

  /**
   * Approves payment by instalments (《行政处罚法》第六十六条), decided or served and not yet executed: a reason, due
   * days in order, amounts adding up to what is still owed.
   */
  public CaseFile planInstalments(String reason, List<Instalment> plan, String actor, ProcedureRules rules) {
    if (status != CaseStatus.DECIDED && status != CaseStatus.SERVED) {
      throw new TransitionNotAllowed(status, "plan instalments (only between decision and execution)",
          allowedSteps());
    }
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("reason-required", "reason",
          "instalments are approved on the party's application for economic hardship (《行政处罚法》第六十六条)");
    }
    if (plan == null || plan.isEmpty()) {
      throw Refusal.rule("instalments-required", "instalments", "a plan has at least one instalment");
    }
    BigDecimal sum = Yuan.ZERO;
    LocalDate previous = rules.today().minusDays(1);
    for (int i = 0; i < plan.size(); i++) {
      Instalment instalment = plan.get(i);
      if (instalment.amount() == null || instalment.amount().signum() <= 0) {
        throw Refusal.rule("amount-not-positive", "instalments[" + i + "].amount",
            "an instalment is a positive sum of yuan");
      }
      if (instalment.due() == null || !instalment.due().isAfter(previous)) {
        throw Refusal.rule("instalment-dates-out-of-order", "instalments[" + i + "].due",
            "instalments fall due from today on, each after the previous one");
      }
      previous = instalment.due();
      sum = sum.add(instalment.amount());
    }
    BigDecimal owed = orZero(decision.fineAmount()).add(orZero(decision.returnAmount())).subtract(recovery.paidInAll());
    if (sum.compareTo(owed) != 0) {
      throw Refusal.rule("instalments-do-not-add-up", "instalments", "the instalments add up to "
          + sum.toPlainString() + " yuan, but " + owed.toPlainString() + " is owed");
    }
    Recovery planned = recovery.planned(reason.strip(), plan);
    Procedure.Draft p = procedure.draft();
    Deadline nextDeadline = deadline;
    if (status == CaseStatus.SERVED) {
      p.paymentDue = planned.nextInstalmentDue();
      nextDeadline = Deadline.of(DeadlineStep.PAYMENT, p.paymentDue);
    }
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(HistoryKind.INSTALMENTS_APPROVED, rules.now(), actor, rules.today(), List.of(actor),
        reason.strip()));
    return new CaseFile(id, version + 1, status, origin, findingId, institutionId, institutionName, ownership,
        countyCode, regionPath, category, improperAmount, openedOn, p.build(), nextDeadline, decision, referrals,
        planned, ledgerNote, exposure, steps, source);
  }

  /** Records why the problem cannot be cleared by the campaign deadline (seed 000 §(三)3); open cases only. */
  public CaseFile noteForLedger(LedgerReason reason, String note, String actor, ProcedureRules rules) {
    if (status == CaseStatus.CLOSED) {
      throw new TransitionNotAllowed(status, "take a ledger note: it is cleared", allowedSteps());
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (reason == LedgerReason.OTHER && text == null) {
      throw Refusal.rule("note-required", "note", "say what the other reason is");
    }
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(HistoryKind.LEDGER_NOTED, rules.now(), actor, rules.today(), List.of(actor),
        reason.label() + (text == null ? "" : ": " + text)));
    return new CaseFile(id, version + 1, status, origin, findingId, institutionId, institutionName, ownership,
        countyCode, regionPath, category, improperAmount, openedOn, procedure, deadline, decision, referrals,
        recovery, new LedgerNote(reason, text, rules.today(), actor), exposure, steps, source);
  }

  /** Publishes the decided case as a typical case (seed 004 §(三)); once, without personal data. */
  public CaseFile expose(String summary, String actor, ProcedureRules rules) {
    if (decision == null) {
      throw new ReferralClash("not-decided", "only a decided case is published as a typical case");
    }
    if (exposure != null) {
      throw new ReferralClash("already-exposed", "the case was published on " + exposure.publishedOn());
    }
    if (summary == null || summary.isBlank()) {
      throw Refusal.rule("summary-required", "summary", "write the summary the public reads");
    }
    String personal = CaseExposure.personalDataIn(summary);
    if (personal != null) {
      throw Refusal.rule("personal-data", "summary", personal + ": publish no personal data");
    }
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(HistoryKind.EXPOSED, rules.now(), actor, rules.today(), List.of(actor), null));
    return new CaseFile(id, version + 1, status, origin, findingId, institutionId, institutionName, ownership,
        countyCode, regionPath, category, improperAmount, openedOn, procedure, deadline, decision, referrals,
        recovery, ledgerNote, new CaseExposure(summary.strip(), rules.today(), actor), steps, source);
  }

  /** Fine plus return decided (zero before a decision). */
  public BigDecimal assessed() {
    return decision == null ? Yuan.ZERO
        : orZero(decision.fineAmount()).add(orZero(decision.returnAmount()));
  }

  /** What is still owed: assessed less paid (after execution, nothing). */
  public BigDecimal outstanding() {
    if (decision == null || status == CaseStatus.EXECUTED || status == CaseStatus.RECTIFYING
        || status == CaseStatus.CLOSED) {
      return Yuan.ZERO;
    }
    return assessed().subtract(recovery.paidInAll());
  }

  private CaseFile withReferrals(List<Referral> all, HistoryEntry entry) {
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(entry);
    return new CaseFile(id, version + 1, status, origin, findingId, institutionId, institutionName, ownership,
        countyCode, regionPath, category, improperAmount, openedOn, procedure, deadline, decision, all, recovery,
        ledgerNote, exposure, steps, source);
  }

  public boolean ordersAgreementMeasure() {
    return decision != null && !decision.measures().isEmpty();
  }

  public List<Measure> measures() {
    return decision == null ? List.of() : decision.measures();
  }

  private boolean owesMoney() {
    return orZero(decision.fineAmount()).signum() > 0 || orZero(decision.returnAmount()).signum() > 0;
  }

  private static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? Yuan.ZERO : amount;
  }

  private LocalDate dateOf(LocalDate requested, ProcedureRules rules) {
    LocalDate on = requested == null ? rules.today() : requested;
    if (on.isAfter(rules.today())) {
      throw Refusal.rule("step-date-in-future", "on", "a step cannot be dated in the future (" + on + ")");
    }
    if (procedure.lastStepOn() != null && on.isBefore(procedure.lastStepOn())) {
      throw Refusal.rule("step-date-before-previous", "on", "a step cannot be dated " + on
          + ", before the previous step of " + procedure.lastStepOn());
    }
    return on;
  }

  private static String reasonOf(Step step) {
    if (step.reason() == null || step.reason().isBlank()) {
      throw Refusal.rule("reason-required", "reason", step.action().label() + " must record its reason");
    }
    return step.reason().strip();
  }
}
