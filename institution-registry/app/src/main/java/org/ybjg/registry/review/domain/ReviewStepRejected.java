package org.ybjg.registry.review.domain;

/** A step the application's status does not allow (409), e.g. a second decision or filing a rejected one. */
public class ReviewStepRejected extends RuntimeException {

  public ReviewStepRejected(String message) {
    super(message);
  }
}
