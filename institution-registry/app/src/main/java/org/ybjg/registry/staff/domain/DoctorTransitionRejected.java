package org.ybjg.registry.staff.domain;

import org.ybjg.chassis.domain.Refusal;

/** A doctor action the doctor's current state does not allow (409). */
public class DoctorTransitionRejected extends Refusal {

  public DoctorTransitionRejected(String message) {
    super(Kind.CONFLICT, "doctor-transition-rejected", null, message);
  }
}
