package org.ybjg.registry.staff.domain;

/** A doctor action the doctor's current state does not allow (409). */
public class DoctorTransitionRejected extends RuntimeException {

  public DoctorTransitionRejected(String message) {
    super(message);
  }
}
