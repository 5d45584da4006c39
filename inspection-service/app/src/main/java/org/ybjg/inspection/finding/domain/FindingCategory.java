package org.ybjg.inspection.finding.domain;

import org.ybjg.inspection.common.domain.Coded;

/**
 * Class of a finding, as the on-site checklists of 吕医保发〔2021〕36号 class their items and as the
 * Regulation (《医疗保障基金使用监督管理条例》) punishes them: fraud (art. 40), general violation (art. 38),
 * internal management (art. 39), other.
 */
public enum FindingCategory implements Coded {
  FRAUD("欺诈骗保"),
  GENERAL_VIOLATION("一般违规"),
  MANAGEMENT("内部管理"),
  OTHER("其他");

  private final String label;

  FindingCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
