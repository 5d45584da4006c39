package org.ybjg.registry.institution.domain;

/** Input that a registry rule forbids, naming the rule (a stable problem type) and the offending field. */
public class InstitutionRuleViolation extends RuntimeException {

  private final String rule;
  private final String field;

  public InstitutionRuleViolation(String rule, String field, String message) {
    super(message);
    this.rule = rule;
    this.field = field;
  }

  public String rule() {
    return rule;
  }

  public String field() {
    return field;
  }
}
