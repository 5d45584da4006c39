package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ybjg.cases.casefile.domain.StepRule.Transition;
import org.ybjg.chassis.domain.Refusal;

/** The steps after the decision (docs/law.md): service, execution, rectification, closing. */
final class ExecutionSteps {

  private ExecutionSteps() {}

  /**
   * Service starts the payment period, or the next instalment's when a plan was approved before.
   */
  static Transition serve(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    if (step.recipient() == null || step.recipient().isBlank()) {
      throw Refusal.rule(
          "recipient-required", "recipient", "service names who received the decision");
    }
    p.servedOn = on;
    p.serviceMethod =
        step.method() == null || step.method().isBlank() ? "直接送达" : step.method().strip();
    p.recipient = step.recipient().strip();
    Deadline next = null;
    if (c.recovery().owes(c.decision())) {
      LocalDate instalment = c.recovery().nextInstalmentDue();
      p.paymentDue = instalment != null ? instalment : rules.plus(on, LimitKey.PAYMENT);
      next = Deadline.of(DeadlineStep.PAYMENT, p.paymentDue);
    }
    return new Transition(CaseStatus.SERVED, next, HistoryKind.SERVED, step.note());
  }

  /**
   * Execution records the whole of the decision's money: what was paid before and with this step.
   */
  static Transition execute(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    BigDecimal fine = Recovery.orZero(c.decision().fineAmount());
    BigDecimal toReturn = Recovery.orZero(c.decision().returnAmount());
    BigDecimal finePaid = c.recovery().paid(PaymentKind.FINE).add(Recovery.orZero(step.finePaid()));
    BigDecimal returned =
        c.recovery().paid(PaymentKind.RETURN).add(Recovery.orZero(step.returnedAmount()));
    if (finePaid.compareTo(fine) != 0) {
      throw Refusal.rule(
          "execution-incomplete",
          "finePaid",
          "the decision fines "
              + fine.toPlainString()
              + " yuan; "
              + finePaid.toPlainString()
              + " paid with this step is not the whole fine");
    }
    if (returned.compareTo(toReturn) != 0) {
      throw Refusal.rule(
          "execution-incomplete",
          "returnedAmount",
          "the decision orders "
              + toReturn.toPlainString()
              + " yuan returned to the fund; "
              + returned.toPlainString()
              + " with this step is not all of it");
    }
    p.executedOn = on;
    p.finePaid = fine;
    p.returnedAmount = toReturn;
    return new Transition(CaseStatus.EXECUTED, null, HistoryKind.EXECUTED, step.note());
  }

  static Transition orderRectification(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    if (step.deadline() == null) {
      throw Refusal.rule(
          "deadline-required", "deadline", "rectification is ordered with a deadline");
    }
    if (!step.deadline().isAfter(on)) {
      throw Refusal.rule(
          "deadline-before-step",
          "deadline",
          "the rectification deadline " + step.deadline() + " must follow the order of " + on);
    }
    p.rectificationDue = step.deadline();
    p.rectifiedOn = null;
    return new Transition(
        CaseStatus.RECTIFYING,
        Deadline.of(DeadlineStep.RECTIFICATION, step.deadline()),
        HistoryKind.RECTIFICATION_ORDERED,
        step.note());
  }

  static Transition confirmRectification(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    p.rectifiedOn = on;
    return new Transition(CaseStatus.EXECUTED, null, HistoryKind.RECTIFIED, step.note());
  }

  static Transition close(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    p.closedOn = on;
    return new Transition(CaseStatus.CLOSED, null, HistoryKind.CLOSED, step.note());
  }

  /**
   * The decision is revoked (not upheld): the case closes with the recorded reason, and the points
   * its decision gave doctors are withdrawn.
   */
  static Transition revoke(
      CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules) {
    p.closedOn = on;
    p.closingReason = FilingSteps.reasonOf(step);
    return new Transition(CaseStatus.CLOSED, null, HistoryKind.DECISION_REVOKED, p.closingReason);
  }
}
