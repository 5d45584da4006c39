package org.ybjg.registry.institution.domain;

/** What kind of designated institution (定点医药机构) it is. */
public enum InstitutionType {
  MEDICAL_INSTITUTION("定点医疗机构"),
  PHARMACY("定点零售药店");

  private final String label;

  InstitutionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
