package org.ybjg.registry.filing.domain;

/** A filing the rules refuse (a 422 problem at the edge): {@code rule} is the problem slug, {@code field} the input. */
public class FilingRuleViolation extends RuntimeException {

  private final String rule;
  private final String field;

  public FilingRuleViolation(String rule, String field, String message) {
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
