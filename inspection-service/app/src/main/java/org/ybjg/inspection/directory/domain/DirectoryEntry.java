package org.ybjg.inspection.directory.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.inspection.common.domain.Coded;

/**
 * One inspection object (检查对象) in the directory: a designated institution as the registry last
 * published it. The replica keeps only the highest registry version; suspended and terminated
 * institutions stay in it with their state (a draw decides later how to treat them).
 *
 * <p>Codes are kept as text so that a code the registry adds later is still shown (with the code as
 * its label) instead of making the message unprocessable.
 *
 * @param id the registry's institution id
 * @param regionPath the county and its ancestors, nearest first (what scoped queries match)
 * @param updatedAt when the registry made the change this entry reflects
 */
public record DirectoryEntry(
    String id,
    long registryVersion,
    String nationalCode,
    String name,
    String type,
    String level,
    String ownership,
    String countyCode,
    List<String> regionPath,
    String agreementState,
    LocalDate suspendedUntil,
    String creditGrade,
    Instant updatedAt,
    FundPayment fundPayment) {

  public DirectoryEntry {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
  }

  /** An entry without a recorded fund payment. */
  public DirectoryEntry(
      String id,
      long registryVersion,
      String nationalCode,
      String name,
      String type,
      String level,
      String ownership,
      String countyCode,
      List<String> regionPath,
      String agreementState,
      LocalDate suspendedUntil,
      String creditGrade,
      Instant updatedAt) {
    this(
        id,
        registryVersion,
        nationalCode,
        name,
        type,
        level,
        ownership,
        countyCode,
        regionPath,
        agreementState,
        suspendedUntil,
        creditGrade,
        updatedAt,
        null);
  }

  /**
   * The latest year's fund payment (医保基金支付额) as the registry ranked it, 1 = largest, in the county,
   * the city and the province; "top N by fund payment" strata draw from it (吕医保发〔2021〕36号 §(三)).
   */
  public record FundPayment(
      int year, BigDecimal amount, Integer countyRank, Integer cityRank, Integer provinceRank) {}

  /** The fund-payment amount, zero when none was recorded (for ranking within a plan's scope). */
  public BigDecimal fundPaymentAmount() {
    return fundPayment == null || fundPayment.amount() == null
        ? BigDecimal.ZERO
        : fundPayment.amount();
  }

  /**
   * Whether this state should replace a stored one of {@code storedVersion}: only a newer version
   * does.
   */
  public boolean supersedes(long storedVersion) {
    return registryVersion > storedVersion;
  }

  /** Whether a caller reaching {@code region} may see this entry. */
  public boolean isWithin(String region) {
    return regionPath.contains(region);
  }

  public String typeLabel() {
    return Coded.labelOf(InstitutionType.class, type);
  }

  public String levelLabel() {
    return Coded.labelOf(InstitutionLevel.class, level);
  }

  public String ownershipLabel() {
    return Coded.labelOf(Ownership.class, ownership);
  }

  public String agreementStateLabel() {
    return Coded.labelOf(AgreementState.class, agreementState);
  }
}
