package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit record (信用记录) from a penalty decision. A repaired record (信用修复, after rectification) stays
 * in the file with who repaired it, when and why, but no longer counts towards the grade.
 */
public record CreditRecord(
    String caseId,
    String decisionNumber,
    CreditSeverity severity,
    LocalDate recordedOn,
    String reason,
    LocalDate repairedOn,
    String repairedBy,
    String repairReason) {

  public CreditRecord {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(recordedOn, "recordedOn");
  }

  public static CreditRecord of(String caseId, String decisionNumber, CreditSeverity severity, LocalDate on,
      String reason) {
    return new CreditRecord(caseId, decisionNumber, severity, on, reason, null, null, null);
  }

  public boolean repaired() {
    return repairedOn != null;
  }

  CreditRecord repair(LocalDate on, String by, String why) {
    return repairedOn(on, by, why);
  }

  /** This record repaired on {@code on} by {@code by} for {@code why} (a doctor's record, from another package). */
  public CreditRecord repairedOn(LocalDate on, String by, String why) {
    return new CreditRecord(caseId, decisionNumber, severity, recordedOn, reason, on, by, why);
  }
}
