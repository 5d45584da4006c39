package org.ybjg.registry.filing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One institution's annual qualification filing (年度资格备案) for one year, 承医保发〔2019〕2号 §4–5. It exists
 * once the obligation is opened (status DUE, by the daily sweep) or once something is filed. The
 * stored status is DUE, FILED, LATE or MISSING; {@link #statusOn} is what it is on a given day (a
 * DUE filing past its deadline is MISSING even before the sweep marks it). A MISSING filing counts
 * as refusing inspection (视为抗拒检查) and makes the institution termination-eligible (可直接解除协议); a late
 * filing ends that, and the time the sweep flagged it stays on record.
 *
 * @param id {@code <institutionId>-<year>}: one filing per institution and year
 * @param version optimistic-lock version, 1 when stored first
 * @param submittedOn the day (Asia/Shanghai) the filing arrived, compared with the deadline
 * @param flaggedMissingAt when the sweep found the deadline passed with nothing filed, else null
 * @param contents what was filed, null until submitted
 */
public record AnnualFiling(
    String id,
    long version,
    String institutionId,
    String nationalCode,
    String institutionName,
    String countyCode,
    List<String> regionPath,
    int year,
    LocalDate deadline,
    FilingStatus status,
    Instant openedAt,
    Instant submittedAt,
    LocalDate submittedOn,
    String submittedBy,
    Instant flaggedMissingAt,
    FilingContents contents) {

  public AnnualFiling {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(institutionId, "institutionId");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(status, "status");
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
  }

  public static String idOf(String institutionId, int year) {
    return institutionId + "-" + year;
  }

  /** The obligation to file {@code year}, opened by the sweep (DUE until the deadline). */
  public static AnnualFiling open(
      FiledInstitution institution, int year, LocalDate deadline, Instant at) {
    return new AnnualFiling(
        idOf(institution.id(), year),
        1,
        institution.id(),
        institution.nationalCode(),
        institution.name(),
        institution.countyCode(),
        institution.regionPath(),
        year,
        deadline,
        FilingStatus.DUE,
        at,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * A filing submitted with no obligation opened before (e.g. before the sweep reached the year).
   */
  public static AnnualFiling submitted(
      FiledInstitution institution,
      int year,
      LocalDate deadline,
      FilingContents contents,
      LocalDate today,
      Instant at,
      String by) {
    return open(institution, year, deadline, at).submit(contents, today, at, by);
  }

  /**
   * Files the contents: FILED on or before the deadline, LATE after it.
   *
   * @throws FilingAlreadySubmitted if the year was filed already (FILED or LATE)
   */
  public AnnualFiling submit(FilingContents contents, LocalDate today, Instant at, String by) {
    Objects.requireNonNull(contents, "contents");
    if (submitted()) {
      throw new FilingAlreadySubmitted(institutionId, year);
    }
    FilingStatus next = today.isAfter(deadline) ? FilingStatus.LATE : FilingStatus.FILED;
    return new AnnualFiling(
        id,
        version + 1,
        institutionId,
        nationalCode,
        institutionName,
        countyCode,
        regionPath,
        year,
        deadline,
        next,
        openedAt,
        at,
        today,
        by,
        flaggedMissingAt,
        contents);
  }

  /** The sweep's verdict once the deadline has passed with nothing filed; unchanged otherwise. */
  public AnnualFiling markMissingIfOverdue(LocalDate today, Instant at) {
    if (status != FilingStatus.DUE || !today.isAfter(deadline)) {
      return this;
    }
    return new AnnualFiling(
        id,
        version + 1,
        institutionId,
        nationalCode,
        institutionName,
        countyCode,
        regionPath,
        year,
        deadline,
        FilingStatus.MISSING,
        openedAt,
        submittedAt,
        submittedOn,
        submittedBy,
        at,
        contents);
  }

  public boolean submitted() {
    return status == FilingStatus.FILED || status == FilingStatus.LATE;
  }

  /**
   * The status on {@code today}: not filed and past the deadline is MISSING whatever was stored.
   */
  public FilingStatus statusOn(LocalDate today) {
    if (submitted()) {
      return status;
    }
    return today.isAfter(deadline) ? FilingStatus.MISSING : FilingStatus.DUE;
  }

  /** 承医保发〔2019〕2号 §5: not providing the year's materials counts as refusing inspection (视为抗拒检查). */
  public boolean refusalOfInspection(LocalDate today) {
    return statusOn(today) == FilingStatus.MISSING;
  }
}
