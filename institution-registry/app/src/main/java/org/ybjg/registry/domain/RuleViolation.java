package org.ybjg.registry.domain;

/**
 * Input a registry rule forbids — of an institution, an entry review, a filing or a 医保医师 — naming the rule (the
 * problem slug) and the offending field; the application layer turns it into a 422 problem.
 */
public class RuleViolation extends RuntimeException {

  private final String rule;
  private final String field;

  public RuleViolation(String rule, String field, String message) {
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
