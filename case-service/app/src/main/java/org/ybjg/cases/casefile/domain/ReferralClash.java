package org.ybjg.cases.casefile.domain;

/** A referral step that clashes with the referral's state (409) — {@code code} is the problem type. */
public class ReferralClash extends RuntimeException {

  private final String code;

  public ReferralClash(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
