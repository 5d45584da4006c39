package org.ybjg.cases.casefile.domain;

import java.util.Set;
import org.ybjg.chassis.domain.Refusal;

/**
 * A step the case's status does not allow: a conflict with the current state ({@code
 * transition-not-allowed}).
 */
public class TransitionNotAllowed extends Refusal {

  public TransitionNotAllowed(CaseStatus status, String what, Set<StepAction> allowed) {
    super(
        Kind.CONFLICT,
        "transition-not-allowed",
        null,
        "a case in status "
            + status
            + " ("
            + status.label()
            + ") cannot "
            + what
            + "; allowed steps are "
            + (allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).sorted().toList()),
        status.label());
  }
}
