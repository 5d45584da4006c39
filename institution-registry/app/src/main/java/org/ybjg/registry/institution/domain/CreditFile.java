package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ybjg.chassis.domain.Refusal;

/**
 * An institution's credit file (信用档案): every credit record its decisions gave, repaired ones
 * included, and the grade they give on the configured scale (docs/domain.md#registry). A repaired
 * record stays on file so that who repaired it, when and why can still be read; it only stops
 * counting towards the grade.
 *
 * @param grade the grade of the last regrading; null while the institution has never been graded
 */
public record CreditFile(List<CreditRecord> records, String grade) {

  public CreditFile {
    records = records == null ? List.of() : List.copyOf(records);
  }

  public static CreditFile empty() {
    return new CreditFile(List.of(), null);
  }

  /** Whether the case already has a record: a decision redelivered must not count twice. */
  public boolean hasCase(String caseId) {
    return records.stream().anyMatch(existing -> existing.caseId().equals(caseId));
  }

  /** This file with {@code record} added, regraded on {@code scale}. */
  CreditFile with(CreditRecord record, CreditScale scale) {
    List<CreditRecord> next = new ArrayList<>(records);
    next.add(record);
    return regraded(next, scale);
  }

  /** The record of {@code caseId} while its case awaits rectification; empty otherwise. */
  Optional<CreditRecord> awaitingRectification(String caseId) {
    return CreditRecord.awaitingRectification(records, caseId);
  }

  /** This file with {@code old} replaced by {@code next}; rectification alone does not regrade. */
  CreditFile replacing(CreditRecord old, CreditRecord next) {
    return new CreditFile(CreditRecord.replacing(records, old, next), grade);
  }

  /**
   * This file with the record of {@code caseId} repaired (信用修复), regraded on {@code scale}: the
   * record no longer counts towards the grade. {@code rule} says whether the case must have been
   * closed as rectified and how long ago (provincial rules vary, so it is configured:
   * docs/law.md#credit-and-rewards).
   */
  CreditFile repaired(
      String caseId,
      String reason,
      LocalDate today,
      CreditScale scale,
      CreditRepairRule rule,
      String by) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("repair-reason-missing", "reason", "信用修复须记录理由");
    }
    CreditRecord record =
        records.stream()
            .filter(r -> r.caseId().equals(caseId))
            .findFirst()
            .orElseThrow(
                () -> Refusal.rule("no-credit-record", "caseId", "该机构没有案件 " + caseId + " 的信用记录"));
    if (record.repaired()) {
      throw Refusal.conflict("credit-already-repaired", "该信用记录已于 " + record.repairedOn() + " 修复");
    }
    rule.check(record, today, "该机构");
    return regraded(
        CreditRecord.replacing(records, record, record.repair(today, by, reason)), scale);
  }

  /** The history text of {@code record} having been added to this file. */
  String recordedNote(CreditRecord record) {
    return record.severity().label()
        + "（"
        + (record.decisionNumber() == null ? record.caseId() : record.decisionNumber())
        + "），信用等级 "
        + grade;
  }

  /** The history text of a repair for {@code reason} that gave this file. */
  String repairedNote(String reason) {
    return "信用修复：" + reason + "，信用等级 " + grade;
  }

  private static CreditFile regraded(List<CreditRecord> records, CreditScale scale) {
    return new CreditFile(records, scale.gradeOf(records).code());
  }
}
