package org.ybjg.registry.institution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test institutions and decisions in the demo province (演示). */
final class InstitutionMother {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");
  static final List<String> CITY_EAST = List.of("990102", "990100", "990000");

  private InstitutionMother() {}

  static Registration tertiaryPublicHospitalRegistration(LocalDate signedOn) {
    return new Registration(
        "H99010200001",
        "东江市第一人民医院（演示）",
        InstitutionType.MEDICAL_INSTITUTION,
        InstitutionLevel.TERTIARY,
        Ownership.PUBLIC,
        "990102",
        CITY_EAST,
        signedOn,
        null);
  }

  /** Registered with an agreement in force since 2024-01-01 (version 1). */
  static Institution tertiaryPublicHospital() {
    return Institution.register(
        "inst-1",
        tertiaryPublicHospitalRegistration(LocalDate.of(2024, 1, 1)),
        TODAY,
        NOW,
        "county-admin");
  }

  static Institution withoutAgreement() {
    return Institution.register(
        "inst-2", tertiaryPublicHospitalRegistration(null), TODAY, NOW, "county-admin");
  }

  static Institution suspended(
      String caseId, LocalDate from, LocalDate until, String... departments) {
    return tertiaryPublicHospital()
        .suspendAgreement(new Suspension(from, until, List.of(departments)), decision(caseId), NOW);
  }

  static Institution terminated() {
    return tertiaryPublicHospital().terminateAgreement(TODAY, decision("case-t"), NOW);
  }

  static PenaltyDecision decision(String caseId, AgreementMeasure... measures) {
    return new PenaltyDecision(
        caseId,
        "演示医保罚〔2025〕" + Math.floorMod(caseId.hashCode(), 100) + "号",
        TODAY,
        "city-admin",
        List.of(measures));
  }

  static AgreementMeasure suspend(LocalDate from, LocalDate until, String... departments) {
    return new AgreementMeasure(
        AgreementMeasure.Kind.SUSPEND_AGREEMENT, null, from, until, List.of(departments));
  }

  static AgreementMeasure suspendMonths(int months, LocalDate from) {
    return new AgreementMeasure(
        AgreementMeasure.Kind.SUSPEND_AGREEMENT, months, from, null, List.of());
  }

  static AgreementMeasure terminate(LocalDate on) {
    return new AgreementMeasure(
        AgreementMeasure.Kind.TERMINATE_AGREEMENT, null, on, null, List.of());
  }
}
