package org.ybjg.cases.casefile.domain;

import java.util.Set;

/** A step the case's status does not allow (409 {@code transition-not-allowed}). */
public class TransitionNotAllowed extends RuntimeException {

  public TransitionNotAllowed(CaseStatus status, String what, Set<StepAction> allowed) {
    super("a case in status " + status + " (" + status.label() + ") cannot " + what + "; allowed steps are "
        + (allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).sorted().toList()));
  }
}
