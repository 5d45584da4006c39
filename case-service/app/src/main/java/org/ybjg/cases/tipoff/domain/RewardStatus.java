package org.ybjg.cases.tipoff.domain;

/** A reward approved, then paid. */
public enum RewardStatus {
  APPROVED("已核定"),
  PAID("已发放");

  private final String label;

  RewardStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
