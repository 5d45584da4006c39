package org.ybjg.inspection.directory.domain;

import org.ybjg.inspection.common.domain.Coded;

/**
 * Level of a medical institution (三级/二级/一级, village clinics below them) or class of a pharmacy
 * (门诊保障定点药店 / 普通定点零售药店), as in 吕医保发〔2021〕36号 and 2023年度省级飞行检查工作方案.
 */
public enum InstitutionLevel implements Coded {
  TERTIARY("三级"),
  SECONDARY("二级"),
  PRIMARY("一级"),
  VILLAGE_CLINIC("村卫生室"),
  OUTPATIENT_COVERAGE("门诊保障定点药店"),
  ORDINARY_RETAIL("普通定点零售药店");

  private final String label;

  InstitutionLevel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
