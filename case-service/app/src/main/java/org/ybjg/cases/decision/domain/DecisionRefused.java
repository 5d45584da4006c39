package org.ybjg.cases.decision.domain;

/**
 * A decision that a rule forbids (a suspension outside its statutory range, a fine with fractions of
 * a fen, nothing ordered at all). {@code code} is stable (clients switch on it); {@code field} names the
 * offending input, e.g. {@code measures[0].months}.
 */
public class DecisionRefused extends RuntimeException {

  private final String code;
  private final String field;

  public DecisionRefused(String code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
