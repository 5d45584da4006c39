package org.ybjg.registry.institution.domain;

/**
 * Level of a designated institution (docs/domain.md#who-and-where): medical institutions by
 * hospital grade, village clinics below them; pharmacies by whether they serve outpatient coverage
 * (门诊保障) or only retail.
 */
public enum InstitutionLevel {
  TERTIARY("三级", InstitutionType.MEDICAL_INSTITUTION),
  SECONDARY("二级", InstitutionType.MEDICAL_INSTITUTION),
  PRIMARY("一级", InstitutionType.MEDICAL_INSTITUTION),
  VILLAGE_CLINIC("村卫生室", InstitutionType.MEDICAL_INSTITUTION),
  OUTPATIENT_COVERAGE("门诊保障定点药店", InstitutionType.PHARMACY),
  ORDINARY_RETAIL("普通定点零售药店", InstitutionType.PHARMACY);

  private final String label;
  private final InstitutionType type;

  InstitutionLevel(String label, InstitutionType type) {
    this.label = label;
    this.type = type;
  }

  public String label() {
    return label;
  }

  /**
   * Whether this level exists for institutions of {@code type} (a pharmacy is never "tertiary").
   */
  public boolean fits(InstitutionType type) {
    return this.type == type;
  }
}
