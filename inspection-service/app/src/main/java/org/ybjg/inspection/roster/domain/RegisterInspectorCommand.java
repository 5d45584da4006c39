package org.ybjg.inspection.roster.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What an administrator asks to put on the roster.
 *
 * @param requestKey the client's idempotency key (already qualified by the caller), or null
 */
public record RegisterInspectorCommand(
    String name,
    InspectorRole role,
    String certificateNumber,
    LocalDate certificateValidUntil,
    String homeCountyCode,
    String employer,
    Collection<Specialty> specialties,
    String requestKey,
    List<Inspector.Affiliation> affiliations,
    List<Inspector.Unavailability> unavailable,
    String account) {

  /** A command without a platform account. */
  public RegisterInspectorCommand(
      String name,
      InspectorRole role,
      String certificateNumber,
      LocalDate certificateValidUntil,
      String homeCountyCode,
      String employer,
      Collection<Specialty> specialties,
      String requestKey,
      List<Inspector.Affiliation> affiliations,
      List<Inspector.Unavailability> unavailable) {
    this(
        name,
        role,
        certificateNumber,
        certificateValidUntil,
        homeCountyCode,
        employer,
        specialties,
        requestKey,
        affiliations,
        unavailable,
        null);
  }

  /** A command without affiliations or unavailability. */
  public RegisterInspectorCommand(
      String name,
      InspectorRole role,
      String certificateNumber,
      LocalDate certificateValidUntil,
      String homeCountyCode,
      String employer,
      Collection<Specialty> specialties,
      String requestKey) {
    this(
        name,
        role,
        certificateNumber,
        certificateValidUntil,
        homeCountyCode,
        employer,
        specialties,
        requestKey,
        List.of(),
        List.of());
  }
}
