package org.ybjg.registry.staff.domain;

/** Input a rule for 医保医师 forbids (422), naming the rule and the field. */
public class DoctorRuleViolation extends RuntimeException {

  private final String rule;
  private final String field;

  public DoctorRuleViolation(String rule, String field, String message) {
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
