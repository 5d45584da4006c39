package org.ybjg.reporting.countysummary.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.ybjg.chassis.domain.Yuan;

/**
 * The key figures of a county, or of a region as the sum of its counties. Figures add up: partial
 * figures from each fact collection are combined with {@link #plus}, and so are counties into
 * totals.
 *
 * @param institutions designated institutions registered, whatever their agreement state
 * @param suspensionsDecided SUSPEND_AGREEMENT measures ordered by decisions
 * @param finesDecided sum of the decisions' fines in yuan, scale 2
 * @param asOf time of the latest event reflected; null when nothing is known yet
 */
public record Figures(
    long institutions,
    long medicalInstitutions,
    long pharmacies,
    long agreementsActive,
    long agreementsSuspended,
    long agreementsTerminated,
    long findings,
    long casesOpened,
    long decisions,
    long suspensionsDecided,
    BigDecimal finesDecided,
    Instant asOf) {

  public static final String MEDICAL_INSTITUTION = "MEDICAL_INSTITUTION";
  public static final String PHARMACY = "PHARMACY";
  public static final String ACTIVE = "ACTIVE";
  public static final String SUSPENDED = "SUSPENDED";
  public static final String TERMINATED = "TERMINATED";

  /** zh-CN labels of the institution type codes. */
  public static final Map<String, String> INSTITUTION_TYPE_LABELS =
      Map.of(
          MEDICAL_INSTITUTION, "定点医疗机构",
          PHARMACY, "定点零售药店");

  public static final Figures ZERO =
      new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, null);

  public Figures {
    finesDecided = Yuan.rounded(finesDecided == null ? BigDecimal.ZERO : finesDecided);
  }

  /**
   * {@code count} institutions of one type in one agreement state. Every institution counts in
   * {@code institutions}; unknown types and states (NONE: no agreement yet) count only there.
   */
  public static Figures institutions(String type, String agreementState, long count, Instant asOf) {
    return new Figures(
        count,
        MEDICAL_INSTITUTION.equals(type) ? count : 0,
        PHARMACY.equals(type) ? count : 0,
        ACTIVE.equals(agreementState) ? count : 0,
        SUSPENDED.equals(agreementState) ? count : 0,
        TERMINATED.equals(agreementState) ? count : 0,
        0,
        0,
        0,
        0,
        BigDecimal.ZERO,
        asOf);
  }

  public static Figures findings(long count, Instant asOf) {
    return new Figures(0, 0, 0, 0, 0, 0, count, 0, 0, 0, BigDecimal.ZERO, asOf);
  }

  public static Figures cases(
      long opened, long decisions, long suspensionsDecided, BigDecimal finesDecided, Instant asOf) {
    return new Figures(
        0, 0, 0, 0, 0, 0, 0, opened, decisions, suspensionsDecided, finesDecided, asOf);
  }

  /** The sum of both; {@code asOf} is the later of the two. */
  public Figures plus(Figures other) {
    return new Figures(
        institutions + other.institutions,
        medicalInstitutions + other.medicalInstitutions,
        pharmacies + other.pharmacies,
        agreementsActive + other.agreementsActive,
        agreementsSuspended + other.agreementsSuspended,
        agreementsTerminated + other.agreementsTerminated,
        findings + other.findings,
        casesOpened + other.casesOpened,
        decisions + other.decisions,
        suspensionsDecided + other.suspensionsDecided,
        finesDecided.add(other.finesDecided),
        later(asOf, other.asOf));
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
