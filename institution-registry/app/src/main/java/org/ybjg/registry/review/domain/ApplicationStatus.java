package org.ybjg.registry.review.domain;

/** Where an entry application stands (入口管理, 承医保发〔2019〕2号 §(二)). */
public enum ApplicationStatus {
  SUBMITTED("已受理"),
  UNDER_REVIEW("审核中"),
  APPROVED("审核通过待备案"),
  REJECTED("不予纳入"),
  FILED("已备案纳入定点");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
