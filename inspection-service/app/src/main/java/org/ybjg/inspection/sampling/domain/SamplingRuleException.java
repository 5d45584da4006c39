package org.ybjg.inspection.sampling.domain;

/** A sampling rule the input breaks (rendered as 422 with {@link #field()}). */
public class SamplingRuleException extends RuntimeException {

  private final String field;

  public SamplingRuleException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
