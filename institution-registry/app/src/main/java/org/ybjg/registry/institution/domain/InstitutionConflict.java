package org.ybjg.registry.institution.domain;

/** A command that clashes with the institution's current data (e.g. a department code already in use). */
public class InstitutionConflict extends RuntimeException {

  private final String rule;

  public InstitutionConflict(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
