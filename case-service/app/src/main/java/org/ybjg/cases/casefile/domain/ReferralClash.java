package org.ybjg.cases.casefile.domain;

import org.ybjg.chassis.domain.Refusal;

/**
 * A referral step that clashes with the referral's state — a conflict with the current state;
 * {@code code} is the problem type.
 */
public class ReferralClash extends Refusal {

  public ReferralClash(String code, String message) {
    super(Kind.CONFLICT, code, null, message);
  }
}
