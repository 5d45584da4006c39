package org.ybjg.registry.staff.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An insurance-designated doctor (医保医师, seed 001 §1 and §10): the doctor's own identifier (unique in the
 * province), the institution and department, the practising certificate, and a suspension of the doctor's 医保
 * payment qualification for a period if one is on record. The status is not stored: it is SUSPENDED exactly while
 * the period covers the day asked about, so a suspension ends on its own the day after {@code suspendedUntil}.
 *
 * @param id the doctor's 医保医师编码
 * @param regionPath the institution's county and its ancestors (region scoping)
 */
public record Doctor(
    String id,
    long version,
    String institutionId,
    String countyCode,
    List<String> regionPath,
    String name,
    String departmentCode,
    String departmentName,
    String certificateNumber,
    LocalDate suspendedFrom,
    LocalDate suspendedUntil,
    String causeCaseId,
    List<DoctorChange> history) {

  public Doctor {
    Objects.requireNonNull(id, "id");
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    history = history == null ? List.of() : List.copyOf(history);
  }

  public static Doctor register(String id, String institutionId, String countyCode, List<String> regionPath,
      String name, String departmentCode, String departmentName, String certificateNumber, Instant at, String by) {
    return new Doctor(id, 1, institutionId, countyCode, regionPath, name.trim(), departmentCode, departmentName,
        certificateNumber.trim(), null, null, null, List.of(new DoctorChange(DoctorChangeKind.DOCTOR_REGISTERED, at,
            null, "登记为" + departmentName + "医保医师，执业证书 " + certificateNumber.trim(), by)));
  }

  public DoctorStatus statusOn(LocalDate day) {
    return suspendedFrom != null && !day.isBefore(suspendedFrom) && !day.isAfter(suspendedUntil)
        ? DoctorStatus.SUSPENDED : DoctorStatus.ACTIVE;
  }

  /** A suspension on record that has not ended yet (running or still to begin). */
  public boolean suspensionPending(LocalDate today) {
    return suspendedUntil != null && !suspendedUntil.isBefore(today);
  }

  /**
   * Suspends the doctor's 医保 payment qualification (暂停医保医师医保支付资格) from {@code from} to {@code until}
   * (inclusive). Refused while another suspension has not ended (409); dates out of order break a rule (422).
   */
  public Doctor suspend(LocalDate from, LocalDate until, String caseId, String reason, LocalDate today, Instant at,
      String by) {
    if (from == null || until == null) {
      throw new DoctorRuleViolation("suspension-period-missing", from == null ? "from" : "until",
          "暂停医保支付资格须有起止日期");
    }
    if (until.isBefore(from)) {
      throw new DoctorRuleViolation("dates-out-of-order", "until", "暂停截止日期 " + until + " 早于开始日期 " + from);
    }
    requireReason(reason);
    if (suspensionPending(today)) {
      throw new DoctorTransitionRejected("医保医师已被暂停医保支付资格至 " + suspendedUntil + "，须先恢复或待期满");
    }
    return next(from, until, caseId, new DoctorChange(DoctorChangeKind.DOCTOR_SUSPENDED, at, caseId,
        "暂停医保支付资格 " + from + " 至 " + until + "：" + reason.trim(), by));
  }

  /** Lifts a suspension that has not ended yet; with none pending there is nothing to lift (409). */
  public Doctor reinstate(String reason, LocalDate today, Instant at, String by) {
    requireReason(reason);
    if (!suspensionPending(today)) {
      throw new DoctorTransitionRejected("医保医师没有未期满的暂停，无需恢复");
    }
    return next(null, null, null, new DoctorChange(DoctorChangeKind.DOCTOR_REINSTATED, at, causeCaseId,
        "提前恢复医保支付资格：" + reason.trim(), by));
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new DoctorRuleViolation("reason-missing", "reason", "须说明理由");
    }
  }

  private Doctor next(LocalDate from, LocalDate until, String caseId, DoctorChange change) {
    List<DoctorChange> nextHistory = new ArrayList<>(history);
    nextHistory.add(change);
    return new Doctor(id, version + 1, institutionId, countyCode, regionPath, name, departmentCode, departmentName,
        certificateNumber, from, until, caseId, nextHistory);
  }
}
