package org.ybjg.registry.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code registry.institution-changed.v1} on {@link RegistryTopics#INSTITUTIONS}: the institution's
 * full current state after a change, plus the change. Consumers keep the message with the highest
 * {@code version} per institution. Schema: {@code
 * events/registry.institution-changed.v1.schema.json}.
 *
 * @param type MEDICAL_INSTITUTION or PHARMACY
 * @param level TERTIARY, SECONDARY, PRIMARY, VILLAGE_CLINIC (medical) or OUTPATIENT_COVERAGE,
 *     ORDINARY_RETAIL (pharmacy)
 * @param ownership PUBLIC or PRIVATE
 * @param countyCode GB/T 2260 county code; {@code regionPath} is it and its ancestors, nearest
 *     first
 */
public record InstitutionChanged(
    String institutionId,
    long version,
    String nationalCode,
    String name,
    String type,
    String level,
    String ownership,
    String countyCode,
    List<String> regionPath,
    Agreement agreement,
    String creditGrade,
    Change change,
    FundPayment fundPayment) {

  public static final String TYPE = "registry.institution-changed.v1";

  /** An institution without a recorded fund payment yet. */
  public InstitutionChanged(
      String institutionId,
      long version,
      String nationalCode,
      String name,
      String type,
      String level,
      String ownership,
      String countyCode,
      List<String> regionPath,
      Agreement agreement,
      String creditGrade,
      Change change) {
    this(
        institutionId,
        version,
        nationalCode,
        name,
        type,
        level,
        ownership,
        countyCode,
        regionPath,
        agreement,
        creditGrade,
        change,
        null);
  }

  /**
   * The latest year's fund payment (医保基金支付额) and its rank, 1 = largest, within the county, the city
   * and the province; sampling and flight checks take the "top N" from it.
   */
  public record FundPayment(
      int year,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
      Integer countyRank,
      Integer cityRank,
      Integer provinceRank) {}

  /**
   * @param state NONE, ACTIVE, SUSPENDED or TERMINATED
   * @param suspendedDepartments empty when the whole institution is suspended
   */
  public record Agreement(
      String state,
      LocalDate signedOn,
      LocalDate suspendedFrom,
      LocalDate suspendedUntil,
      List<String> suspendedDepartments,
      String causeCaseId) {}

  /**
   * @param kind REGISTERED, AGREEMENT_SIGNED, AGREEMENT_SUSPENDED, AGREEMENT_REINSTATED,
   *     AGREEMENT_TERMINATED, ...
   * @param reference what caused it, e.g. the case id of a penalty decision
   */
  public record Change(String kind, String reference, Instant at) {}
}
