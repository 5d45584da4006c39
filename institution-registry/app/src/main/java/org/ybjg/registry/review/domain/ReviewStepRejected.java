package org.ybjg.registry.review.domain;

import org.ybjg.chassis.domain.Refusal;

/**
 * A step the application's status does not allow (409), e.g. a second decision or filing a rejected
 * one.
 */
public class ReviewStepRejected extends Refusal {

  public ReviewStepRejected(String message) {
    super(Kind.CONFLICT, "review-step-rejected", null, message);
  }
}
