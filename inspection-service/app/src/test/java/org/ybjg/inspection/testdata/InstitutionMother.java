package org.ybjg.inspection.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.registry.events.InstitutionChanged;

/**
 * Institutions of the synthetic demo province, as the registry publishes them and as the directory
 * holds them.
 */
public final class InstitutionMother {

  private InstitutionMother() {}

  /** A public tertiary hospital in 东江市城东区 (990102) under an active agreement. */
  public static InstitutionChanged tertiaryPublicHospital(String id, long version) {
    return new InstitutionChanged(
        id,
        version,
        "H" + id,
        "东江市第一人民医院（演示）" + id,
        "MEDICAL_INSTITUTION",
        "TERTIARY",
        "PUBLIC",
        "990102",
        List.of("990102", "990100", "990000"),
        new InstitutionChanged.Agreement(
            "ACTIVE", LocalDate.of(2024, 1, 1), null, null, List.of(), null),
        "A",
        new InstitutionChanged.Change(
            "AGREEMENT_SIGNED", null, Instant.parse("2025-01-02T03:04:05Z")));
  }

  /** A private ordinary retail pharmacy in 东江市城西区 (990103). */
  public static InstitutionChanged privatePharmacyInCityWest(String id, long version) {
    return new InstitutionChanged(
        id,
        version,
        "P" + id,
        "城西康泰大药房（演示）" + id,
        "PHARMACY",
        "ORDINARY_RETAIL",
        "PRIVATE",
        "990103",
        List.of("990103", "990100", "990000"),
        new InstitutionChanged.Agreement(
            "ACTIVE", LocalDate.of(2024, 3, 1), null, null, List.of(), null),
        "B",
        new InstitutionChanged.Change(
            "AGREEMENT_SIGNED", null, Instant.parse("2025-01-02T03:04:05Z")));
  }

  /**
   * The same institution after its agreement was suspended until {@code until} by a case decision.
   */
  public static InstitutionChanged suspended(
      InstitutionChanged before, long version, LocalDate until) {
    return new InstitutionChanged(
        before.institutionId(),
        version,
        before.nationalCode(),
        before.name(),
        before.type(),
        before.level(),
        before.ownership(),
        before.countyCode(),
        before.regionPath(),
        new InstitutionChanged.Agreement(
            "SUSPENDED",
            before.agreement().signedOn(),
            until.minusMonths(6),
            until,
            List.of(),
            "case-1"),
        "C",
        new InstitutionChanged.Change(
            "AGREEMENT_SUSPENDED", "case-1", Instant.parse("2025-06-30T08:00:00Z")));
  }

  public static InstitutionChanged renamed(InstitutionChanged before, long version, String name) {
    return new InstitutionChanged(
        before.institutionId(),
        version,
        before.nationalCode(),
        name,
        before.type(),
        before.level(),
        before.ownership(),
        before.countyCode(),
        before.regionPath(),
        before.agreement(),
        before.creditGrade(),
        new InstitutionChanged.Change(
            "DETAILS_CHANGED", null, Instant.parse("2025-02-01T00:00:00Z")));
  }

  /** A directory entry of a public hospital in 990102. */
  public static DirectoryEntry hospitalEntry(String id) {
    return new DirectoryEntry(
        id,
        3,
        "H" + id,
        "东江市第一人民医院（演示）",
        "MEDICAL_INSTITUTION",
        "TERTIARY",
        "PUBLIC",
        "990102",
        List.of("990102", "990100", "990000"),
        "ACTIVE",
        null,
        "A",
        Instant.parse("2025-01-02T03:04:05Z"));
  }
}
