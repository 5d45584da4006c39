package org.ybjg.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.registry.events.InstitutionChanged;

/** Event payloads as the producers publish them (they validate against the producers' schemas). */
final class EventMother {

  private EventMother() {}

  /**
   * A private secondary hospital of the demo province in {@code countyCode}, at {@code version}.
   */
  static InstitutionChanged hospital(
      String institutionId,
      long version,
      String countyCode,
      String agreementState,
      List<String> regionPath) {
    boolean suspended = "SUSPENDED".equals(agreementState);
    return new InstitutionChanged(
        institutionId,
        version,
        "H" + institutionId.substring(0, 12),
        "东江市示范医院（演示）",
        "MEDICAL_INSTITUTION",
        "SECONDARY",
        "PRIVATE",
        countyCode,
        regionPath,
        new InstitutionChanged.Agreement(
            agreementState,
            LocalDate.of(2024, 1, 1),
            suspended ? LocalDate.of(2025, 3, 15) : null,
            suspended ? LocalDate.of(2025, 6, 14) : null,
            List.of(),
            suspended ? "case-of-" + institutionId : null),
        null,
        new InstitutionChanged.Change(
            version == 1 ? "AGREEMENT_SIGNED" : "AGREEMENT_SUSPENDED",
            null,
            Instant.parse("2025-03-14T02:00:00Z")));
  }

  static FindingRecorded fraudFinding(String findingId, String institutionId, String countyCode) {
    return new FindingRecorded(
        findingId,
        institutionId,
        "东江市示范医院（演示）",
        "PRIVATE",
        countyCode,
        "FRAUD",
        "虚构医疗服务项目（演示）",
        new BigDecimal("12500.00"),
        LocalDate.of(2025, 3, 1),
        "inspector");
  }

  static CaseOpened caseOpened(
      String caseId, String findingId, String institutionId, String countyCode) {
    return new CaseOpened(
        caseId,
        findingId,
        institutionId,
        countyCode,
        "INSPECTION_FINDING",
        LocalDate.of(2025, 3, 3));
  }

  /** Three months' suspension and a fine of 30 000 yuan. */
  static DecisionIssued suspensionWithFine(String caseId, String institutionId, String countyCode) {
    return new DecisionIssued(
        caseId,
        "示东医保罚〔2025〕1号",
        institutionId,
        countyCode,
        List.of(
            new DecisionIssued.Measure(
                "SUSPEND_AGREEMENT",
                3,
                LocalDate.of(2025, 3, 15),
                LocalDate.of(2025, 6, 14),
                List.of())),
        new BigDecimal("30000.00"),
        LocalDate.of(2025, 3, 14),
        "city-admin",
        "GENERAL_VIOLATION",
        new BigDecimal("15000.00"));
  }
}
