package org.ybjg.local.platform.demo;

/** Who may be drawn for an inspection, as the inspection service's API names them. */
public enum InspectorRole {
  LAW_ENFORCEMENT_OFFICER,
  AGENCY_AUDITOR,
  MEDICAL_EXPERT,
  THIRD_PARTY
}
