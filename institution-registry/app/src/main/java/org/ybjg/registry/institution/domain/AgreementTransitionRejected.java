package org.ybjg.registry.institution.domain;

/**
 * An agreement measure that cannot be applied in the agreement's current state (e.g. suspending a
 * terminated agreement). Applying it again would fail again, so it is recorded and not retried.
 */
public class AgreementTransitionRejected extends RuntimeException {

  public AgreementTransitionRejected(String message) {
    super(message);
  }
}
