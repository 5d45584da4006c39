package org.ybjg.inspection.coverage.domain;

import org.ybjg.inspection.common.domain.Coded;

/** Where a full-coverage round stands on a given day. */
public enum RoundStatus implements Coded {
  PLANNED("未开始"),
  IN_PROGRESS("进行中"),
  COMPLETED("已全覆盖"),
  OVERDUE("逾期未全覆盖");

  private final String label;

  RoundStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
