package org.ybjg.cases.casefile.domain;

/** Bodies a case is referred to (移送, docs/domain.md §4). */
public enum ReferralTarget {
  DISCIPLINE_INSPECTION("纪检监察机关"),
  PUBLIC_SECURITY("公安机关"),
  JUDICIARY("司法机关"),
  HEALTH_COMMISSION("卫生健康部门"),
  MARKET_REGULATION("市场监管部门");

  private final String label;

  ReferralTarget(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
