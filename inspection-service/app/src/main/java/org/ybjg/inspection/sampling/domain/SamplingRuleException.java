package org.ybjg.inspection.sampling.domain;

import org.ybjg.chassis.problem.RuleViolationException;

/** A sampling rule the input breaks: a 422 problem naming {@link #field()}. */
public class SamplingRuleException extends RuleViolationException {

  public static final String TYPE = "sampling-rule";

  public SamplingRuleException(String field, String message) {
    super(TYPE, field, message);
  }
}
