package org.ybjg.registry.institution.domain;

import org.ybjg.chassis.domain.Refusal;

/**
 * A command that clashes with the institution's current data (e.g. a department code already in
 * use).
 */
public class InstitutionConflict extends Refusal {

  public InstitutionConflict(String code, String message) {
    super(Kind.CONFLICT, code, null, message);
  }
}
