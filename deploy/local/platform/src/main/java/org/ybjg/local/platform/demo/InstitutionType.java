package org.ybjg.local.platform.demo;

/** Kinds of designated institutions (定点医药机构) as the registry's API names them. */
public enum InstitutionType {
  MEDICAL_INSTITUTION("H"),
  PHARMACY("P");

  private final String codePrefix;

  InstitutionType(String codePrefix) {
    this.codePrefix = codePrefix;
  }

  /** First letter of a demo national code: H for hospitals and clinics, P for pharmacies. */
  public String codePrefix() {
    return codePrefix;
  }
}
