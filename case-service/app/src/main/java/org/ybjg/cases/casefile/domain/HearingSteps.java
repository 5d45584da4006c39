package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.cases.casefile.domain.StepRule.Transition;
import org.ybjg.chassis.domain.Refusal;

/**
 * The party's rights before a decision (docs/law.md): notice, statement, hearing, waiver, legal
 * review.
 */
final class HearingSteps {

  private HearingSteps() {}

  static Transition notify(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    if (step.proposal() == null || step.proposal().isBlank()) {
      throw Refusal.rule(
          "proposal-required",
          "proposal",
          "a notice states the facts, reasons, basis and proposed penalty (《行政处罚法》第四十四条)");
    }
    p.notifiedOn = on;
    p.proposal = step.proposal().strip();
    p.hearingRight =
        rules.isMajor(step.proposedFine(), Boolean.TRUE.equals(step.proposesAgreementMeasure()));
    p.statementDue = rules.plus(on, LimitKey.HEARING_REQUEST);
    p.waived = false;
    return new Transition(CaseStatus.NOTIFIED, c.deadline(), HistoryKind.NOTIFIED, p.proposal);
  }

  static Transition recordStatement(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    if (step.note() == null || step.note().isBlank()) {
      throw Refusal.rule("note-required", "note", "record what the party stated or defended");
    }
    List<String> statements = new ArrayList<>(p.statements);
    statements.add(step.note().strip());
    p.statements = statements;
    return Transition.stay(c, HistoryKind.STATEMENT_RECORDED, step.note());
  }

  static Transition requestHearing(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    if (!Boolean.TRUE.equals(p.hearingRight)) {
      throw Refusal.rule(
          "no-hearing-right",
          "action",
          "the proposed penalty gives no right to a hearing (《行政处罚法》第六十三条: large fines, suspension, "
              + "revocation)");
    }
    if (p.hearingRequestedOn != null) {
      throw Refusal.rule(
          "hearing-already-requested",
          "action",
          "a hearing was already requested on " + p.hearingRequestedOn);
    }
    if (on.isAfter(p.statementDue)) {
      throw Refusal.rule(
          "hearing-request-late",
          "on",
          "a hearing is requested within "
              + rules.limits().get(LimitKey.HEARING_REQUEST).amount()
              + " working days of the notice, by "
              + p.statementDue
              + " (《行政处罚法》第六十四条、第八十五条), not on "
              + on);
    }
    p.hearingRequestedOn = on;
    p.waived = false;
    return Transition.stay(c, HistoryKind.HEARING_REQUESTED, step.note());
  }

  static Transition holdHearing(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    if (p.hearingRequestedOn == null) {
      throw Refusal.rule("hearing-not-requested", "action", "no hearing was requested");
    }
    if (p.hearingHeldOn != null) {
      throw Refusal.rule(
          "hearing-already-held", "action", "the hearing was held on " + p.hearingHeldOn);
    }
    p.hearingHeldOn = on;
    return Transition.stay(c, HistoryKind.HEARING_HELD, step.note());
  }

  static Transition waive(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    if (c.procedure().hearingPending()) {
      throw Refusal.rule("hearing-pending", "action", "a hearing was requested and not yet held");
    }
    p.waived = true;
    return Transition.stay(c, HistoryKind.RIGHTS_WAIVED, step.note());
  }

  static Transition legalReview(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    c.procedure().requireStatementsOver(on);
    p.legalReviewOn = on;
    p.legalReviewBy = step.signatories();
    return Transition.stay(c, HistoryKind.LEGAL_REVIEWED, step.note());
  }
}
