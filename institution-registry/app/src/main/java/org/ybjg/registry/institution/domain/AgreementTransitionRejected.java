package org.ybjg.registry.institution.domain;

import org.ybjg.chassis.domain.Refusal;

/**
 * An agreement measure that cannot be applied in the agreement's current state (e.g. suspending a
 * terminated agreement). Applying it again would fail again, so it is recorded and not retried.
 */
public class AgreementTransitionRejected extends Refusal {

  public AgreementTransitionRejected(String message) {
    super(Kind.CONFLICT, "agreement-transition-rejected", null, message);
  }
}
