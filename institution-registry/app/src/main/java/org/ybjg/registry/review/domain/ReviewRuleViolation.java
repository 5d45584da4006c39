package org.ybjg.registry.review.domain;

/** Input an entry-review rule forbids (422), naming the rule and the field. */
public class ReviewRuleViolation extends RuntimeException {

  private final String rule;
  private final String field;

  public ReviewRuleViolation(String rule, String field, String message) {
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
