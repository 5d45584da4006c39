package org.ybjg.inspection.sampling.domain;

import org.ybjg.inspection.common.domain.Coded;

/** Where a plan stands: drafted, published with its commitment, seeded in the ceremony, drawn. */
public enum PlanStatus implements Coded {
  DRAFT("草稿"),
  PUBLISHED("已公布"),
  SEEDED("已确定种子"),
  DRAWN("已抽取");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
