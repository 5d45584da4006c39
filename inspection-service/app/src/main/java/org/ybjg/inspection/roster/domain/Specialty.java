package org.ybjg.inspection.roster.domain;

import org.ybjg.inspection.common.domain.Coded;

/**
 * Professional fields of inspectors; 2023年度省级飞行检查工作方案 sends third parties in medicine, drugs,
 * finance and information.
 */
public enum Specialty implements Coded {
  MEDICAL("医疗"),
  DRUG("药品"),
  FINANCE("财务"),
  INFORMATION("信息");

  private final String label;

  Specialty(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
