package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded when an institution enters the directory (入口管理, 承医保发〔2019〕2号 §(二)).
 *
 * @param regionPath the county and its ancestors from the region table, nearest first
 * @param agreementSignedOn when the service agreement was signed; null if none is signed yet
 * @param requestKey the client's idempotency key of the registering request, if any
 * @param entryReview how it entered the directory, e.g. the entry review (准入审核) that approved it;
 *     null for a direct registration
 */
public record Registration(
    String nationalCode,
    String name,
    InstitutionType type,
    InstitutionLevel level,
    Ownership ownership,
    String countyCode,
    List<String> regionPath,
    LocalDate agreementSignedOn,
    String requestKey,
    String entryReview) {

  /** A direct registration (no entry review on record). */
  public Registration(
      String nationalCode,
      String name,
      InstitutionType type,
      InstitutionLevel level,
      Ownership ownership,
      String countyCode,
      List<String> regionPath,
      LocalDate agreementSignedOn,
      String requestKey) {
    this(
        nationalCode,
        name,
        type,
        level,
        ownership,
        countyCode,
        regionPath,
        agreementSignedOn,
        requestKey,
        null);
  }
}
