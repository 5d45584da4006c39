package org.ybjg.chassis.problem;

/** Well-formed input that a domain rule forbids (a fine out of range, a date out of order): 422. */
public class RuleViolationException extends RuntimeException {
  private final String problemType;
  private final String field;

  public RuleViolationException(String problemType, String field, String message) {
    super(message);
    this.problemType = problemType;
    this.field = field;
  }

  public String problemType() {
    return problemType;
  }

  public String field() {
    return field;
  }
}
