package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.cases.casefile.domain.StepRule.Transition;
import org.ybjg.chassis.domain.Refusal;

/**
 * The steps around filing and the decision period (docs/law.md): file, extend, decline or dismiss.
 */
final class FilingSteps {

  private FilingSteps() {}

  static Transition file(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    p.filedOn = on;
    p.decisionDue = rules.plus(on, LimitKey.DECISION);
    return new Transition(
        CaseStatus.FILED,
        Deadline.of(DeadlineStep.DECISION, p.decisionDue),
        HistoryKind.FILED,
        step.note());
  }

  static Transition extendFiling(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    String reason = reasonOf(step);
    TimeLimit extension = rules.limits().get(LimitKey.FILING_EXTENSION);
    if (Boolean.TRUE.equals(p.filingExtended)) {
      throw Refusal.rule(
          "filing-already-extended",
          "action",
          "the filing period may be extended once (" + extension.source() + ")");
    }
    p.filingDue = rules.calendar().plus(p.filingDue, extension.amount(), extension.unit());
    p.filingExtended = true;
    return new Transition(
        c.status(),
        Deadline.of(DeadlineStep.FILING, p.filingDue),
        HistoryKind.FILING_EXTENDED,
        reason);
  }

  /** Declining a clue and dismissing a filed case both end it, with their reason. */
  static Transition end(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    p.closedOn = on;
    p.closingReason = reasonOf(step);
    return new Transition(
        CaseStatus.CLOSED,
        null,
        step.action() == StepAction.DECLINE ? HistoryKind.DECLINED : HistoryKind.DISMISSED,
        p.closingReason);
  }

  /**
   * The decision period is 90 days from filing plus every extension granted, up to the statutory
   * maximum.
   */
  static Transition extendDecision(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    String reason = reasonOf(step);
    if (step.days() == null || step.days() < 1) {
      throw Refusal.rule("days-required", "days", "an extension names its days");
    }
    TimeLimit max = rules.limits().get(LimitKey.DECISION_EXTENSION);
    int granted = c.procedure().extendedDays();
    int total = granted + step.days();
    if (total > max.amount()) {
      throw Refusal.rule(
          "extension-too-long",
          "days",
          "the decision period may be extended by at most "
              + max.amount()
              + " days in all ("
              + max.source()
              + "); "
              + granted
              + " already granted, "
              + step.days()
              + " more asked");
    }
    List<Extension> extensions = new ArrayList<>(p.extensions);
    extensions.add(new Extension(step.days(), reason, on, step.actor(), step.signatories()));
    p.extensions = extensions;
    TimeLimit decision = rules.limits().get(LimitKey.DECISION);
    p.decisionDue = rules.calendar().plus(p.filedOn, decision.amount() + total, decision.unit());
    return new Transition(
        c.status(),
        Deadline.of(DeadlineStep.DECISION, p.decisionDue),
        HistoryKind.DECISION_EXTENDED,
        reason);
  }

  static String reasonOf(Step step) {
    if (step.reason() == null || step.reason().isBlank()) {
      throw Refusal.rule(
          "reason-required", "reason", step.action().label() + " must record its reason");
    }
    return step.reason().strip();
  }
}
