package org.ybjg.inspection.directory.domain;

import org.ybjg.inspection.common.domain.Coded;

/** Kind of designated institution (定点医药机构): medical institution or retail pharmacy. */
public enum InstitutionType implements Coded {
  MEDICAL_INSTITUTION("定点医疗机构"),
  PHARMACY("定点零售药店");

  private final String label;

  InstitutionType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
