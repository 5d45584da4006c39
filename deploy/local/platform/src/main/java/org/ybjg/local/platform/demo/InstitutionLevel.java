package org.ybjg.local.platform.demo;

/** Levels within each institution type, as the registry's API names them. */
public enum InstitutionLevel {
  TERTIARY(InstitutionType.MEDICAL_INSTITUTION),
  SECONDARY(InstitutionType.MEDICAL_INSTITUTION),
  PRIMARY(InstitutionType.MEDICAL_INSTITUTION),
  VILLAGE_CLINIC(InstitutionType.MEDICAL_INSTITUTION),
  OUTPATIENT_COVERAGE(InstitutionType.PHARMACY),
  ORDINARY_RETAIL(InstitutionType.PHARMACY);

  private final InstitutionType type;

  InstitutionLevel(InstitutionType type) {
    this.type = type;
  }

  public InstitutionType type() {
    return type;
  }
}
