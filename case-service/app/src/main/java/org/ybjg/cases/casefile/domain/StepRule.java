package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;

/**
 * What one procedure step does to a case: checks what the law asks of it, fills the procedure's
 * dates in {@code p} and names the case's next status and deadline. The case has already checked
 * that its status allows the step and dated it {@code on}.
 */
@FunctionalInterface
interface StepRule {

  Transition take(CaseFile c, Procedure.Draft p, Step step, LocalDate on, ProcedureRules rules);

  /**
   * The outcome of a step: where the case goes, the deadline now pending (or null) and how history
   * records it.
   */
  record Transition(CaseStatus status, Deadline deadline, HistoryKind kind, String note) {

    /** A step that records a fact and leaves the status and the pending deadline as they were. */
    static Transition stay(CaseFile c, HistoryKind kind, String note) {
      return new Transition(c.status(), c.deadline(), kind, note);
    }
  }
}
