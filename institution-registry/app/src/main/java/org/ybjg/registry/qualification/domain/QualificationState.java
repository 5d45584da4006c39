package org.ybjg.registry.qualification.domain;

/** The person's billing qualification (医保支付资格) on a day. */
public enum QualificationState {
  ACTIVE("正常"),
  /** 9 points or more in a calendar year (医保发〔2024〕23号): suspended for the configured months. */
  SUSPENDED("暂停医保支付资格"),
  /** 12 points in a calendar year: terminated, no re-registration until the bar ends. */
  TERMINATED("终止医保支付资格");

  private final String label;

  QualificationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
