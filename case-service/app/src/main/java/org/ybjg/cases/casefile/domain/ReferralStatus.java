package org.ybjg.cases.casefile.domain;

/** How far a referral got: sent, acknowledged by the body, answered. */
public enum ReferralStatus {
  SENT("已移送"),
  RECEIVED("已接收"),
  FEEDBACK("已反馈");

  private final String label;

  ReferralStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
