package org.ybjg.inspection.roster.domain;

import org.ybjg.inspection.common.domain.Coded;

/**
 * Who may be sent to inspect (docs/domain.md#who-and-where, 2023年度省级飞行检查工作方案 and
 * 澄江市医保局2024年预算项目文本): the bureau's law-enforcement officers, the handling agency's auditors,
 * medical experts and hired third-party professionals.
 */
public enum InspectorRole implements Coded {
  LAW_ENFORCEMENT_OFFICER("行政执法人员"),
  AGENCY_AUDITOR("经办稽核人员"),
  MEDICAL_EXPERT("医疗专家"),
  THIRD_PARTY("第三方专业人员");

  private final String label;

  InspectorRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Administrative enforcement is done by certified officers only (行政处罚法 art. 42). */
  public boolean needsCertificate() {
    return this == LAW_ENFORCEMENT_OFFICER;
  }
}
