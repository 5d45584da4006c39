package org.ybjg.inspection.sampling.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One inspector as the roster stood at the draw: what team assignment needs and the published
 * record shows (names and roles are the only personal data made public; certificate numbers are
 * not).
 *
 * @param role LAW_ENFORCEMENT_OFFICER, AGENCY_AUDITOR, MEDICAL_EXPERT or THIRD_PARTY
 * @param affiliations institution ids the inspector declared a tie to (never sent there)
 * @param openTasks tasks of earlier draws still open for this inspector (count toward the load cap)
 */
public record RosterMember(
    String id,
    String name,
    String role,
    String homeCountyCode,
    LocalDate certificateValidUntil,
    List<String> affiliations,
    List<DateRange> unavailable,
    List<String> specialties,
    int openTasks) {

  public static final String OFFICER = "LAW_ENFORCEMENT_OFFICER";

  public RosterMember {
    affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    specialties = specialties == null ? List.of() : List.copyOf(specialties);
  }

  public boolean isOfficer() {
    return OFFICER.equals(role);
  }

  /**
   * Experts are medical experts and third-party professionals (2023年度省级飞行检查工作方案 team composition).
   */
  public boolean isExpertIn(String specialty) {
    return ("MEDICAL_EXPERT".equals(role) || "THIRD_PARTY".equals(role))
        && specialties.contains(specialty);
  }

  /** Available on the check day and, for an officer, holding a certificate valid that day. */
  public boolean fitOn(LocalDate checkOn) {
    for (DateRange off : unavailable) {
      if (off.contains(checkOn)) {
        return false;
      }
    }
    return !isOfficer()
        || (certificateValidUntil != null && !certificateValidUntil.isBefore(checkOn));
  }
}
