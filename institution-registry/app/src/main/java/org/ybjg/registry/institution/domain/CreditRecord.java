package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit record (信用记录) from a penalty decision. A repaired record (信用修复, after rectification)
 * stays in the file with who repaired it, when and why, but no longer counts towards the grade.
 *
 * @param rectifiedOn the day the case was closed as executed and rectified (整改结案, {@code
 *     case.closed.v1} CONCLUDED); null until then (and in documents stored before rectification was
 *     recorded)
 */
public record CreditRecord(
    String caseId,
    String decisionNumber,
    CreditSeverity severity,
    LocalDate recordedOn,
    String reason,
    LocalDate repairedOn,
    String repairedBy,
    String repairReason,
    LocalDate rectifiedOn) {

  public CreditRecord {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(recordedOn, "recordedOn");
  }

  /** A record without rectification (the shape before rectification was recorded). */
  public CreditRecord(
      String caseId,
      String decisionNumber,
      CreditSeverity severity,
      LocalDate recordedOn,
      String reason,
      LocalDate repairedOn,
      String repairedBy,
      String repairReason) {
    this(
        caseId,
        decisionNumber,
        severity,
        recordedOn,
        reason,
        repairedOn,
        repairedBy,
        repairReason,
        null);
  }

  public static CreditRecord of(
      String caseId, String decisionNumber, CreditSeverity severity, LocalDate on, String reason) {
    return new CreditRecord(caseId, decisionNumber, severity, on, reason, null, null, null);
  }

  /**
   * The record of {@code caseId} among {@code records} while its case awaits rectification; empty
   * otherwise.
   */
  public static Optional<CreditRecord> awaitingRectification(
      List<CreditRecord> records, String caseId) {
    return records.stream()
        .filter(r -> r.caseId().equals(caseId))
        .findFirst()
        .filter(r -> !r.rectified());
  }

  /**
   * {@code records} in their order with {@code old} (the very instance) replaced by {@code next}.
   */
  public static List<CreditRecord> replacing(
      List<CreditRecord> records, CreditRecord old, CreditRecord next) {
    return records.stream().map(r -> r == old ? next : r).toList();
  }

  /** The history text of this record's case closed as rectified (on {@link #rectifiedOn}). */
  public String rectificationNote() {
    return "案件 "
        + caseId
        + "（"
        + (decisionNumber == null ? "无决定书文号" : decisionNumber)
        + "）于 "
        + rectifiedOn
        + " 整改结案，可申请信用修复";
  }

  public boolean repaired() {
    return repairedOn != null;
  }

  public boolean rectified() {
    return rectifiedOn != null;
  }

  /** This record with its case closed as rectified on {@code on}. */
  public CreditRecord rectifiedOn(LocalDate on) {
    return new CreditRecord(
        caseId,
        decisionNumber,
        severity,
        recordedOn,
        reason,
        repairedOn,
        repairedBy,
        repairReason,
        on);
  }

  CreditRecord repair(LocalDate on, String by, String why) {
    return repairedOn(on, by, why);
  }

  /**
   * This record repaired on {@code on} by {@code by} for {@code why} (a doctor's record, from
   * another package).
   */
  public CreditRecord repairedOn(LocalDate on, String by, String why) {
    return new CreditRecord(
        caseId, decisionNumber, severity, recordedOn, reason, on, by, why, rectifiedOn);
  }
}
