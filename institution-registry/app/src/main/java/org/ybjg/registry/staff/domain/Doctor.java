package org.ybjg.registry.staff.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.registry.institution.domain.CreditRecord;
import org.ybjg.registry.institution.domain.CreditRepairRule;
import org.ybjg.registry.institution.domain.CreditScale;

/**
 * An insurance-designated doctor (医保医师, 承医保发〔2019〕2号 §1 and §10): the doctor's own identifier
 * (unique in the province), the institution and department, the practising certificate, and a
 * suspension of the doctor's 医保 payment qualification for a period if one is on record. The status
 * is not stored: it is SUSPENDED exactly while the period covers the day asked about, so a
 * suspension ends on its own the day after {@code suspendedUntil}.
 *
 * @param id the doctor's 医保医师编码
 * @param regionPath the institution's county and its ancestors (region scoping)
 * @param creditGrade the grade of the doctor's credit records on the configured scale; null while
 *     there are none (the best grade)
 * @param creditRecords credit records (信用记录) from decisions naming the doctor, one per case;
 *     repaired ones stay with who repaired them, when and why
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
    List<DoctorChange> history,
    String creditGrade,
    List<CreditRecord> creditRecords) {

  public Doctor {
    Objects.requireNonNull(id, "id");
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    history = history == null ? List.of() : List.copyOf(history);
    creditRecords = creditRecords == null ? List.of() : List.copyOf(creditRecords);
  }

  /** A doctor without credit records (the shape before doctors' credit was recorded). */
  public Doctor(
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
    this(
        id,
        version,
        institutionId,
        countyCode,
        regionPath,
        name,
        departmentCode,
        departmentName,
        certificateNumber,
        suspendedFrom,
        suspendedUntil,
        causeCaseId,
        history,
        null,
        null);
  }

  public static Doctor register(
      String id,
      String institutionId,
      String countyCode,
      List<String> regionPath,
      String name,
      String departmentCode,
      String departmentName,
      String certificateNumber,
      Instant at,
      String by) {
    return new Doctor(
        id,
        1,
        institutionId,
        countyCode,
        regionPath,
        name.trim(),
        departmentCode,
        departmentName,
        certificateNumber.trim(),
        null,
        null,
        null,
        List.of(
            new DoctorChange(
                DoctorChangeKind.DOCTOR_REGISTERED,
                at,
                null,
                "登记为" + departmentName + "医保医师，执业证书 " + certificateNumber.trim(),
                by)));
  }

  public DoctorStatus statusOn(LocalDate day) {
    return suspendedFrom != null && !day.isBefore(suspendedFrom) && !day.isAfter(suspendedUntil)
        ? DoctorStatus.SUSPENDED
        : DoctorStatus.ACTIVE;
  }

  /** A suspension on record that has not ended yet (running or still to begin). */
  public boolean suspensionPending(LocalDate today) {
    return suspendedUntil != null && !suspendedUntil.isBefore(today);
  }

  /**
   * Suspends the doctor's 医保 payment qualification (暂停医保医师医保支付资格) from {@code from} to {@code
   * until} (inclusive). Refused while another suspension has not ended (409); dates out of order
   * break a rule (422).
   */
  public Doctor suspend(
      LocalDate from,
      LocalDate until,
      String caseId,
      String reason,
      LocalDate today,
      Instant at,
      String by) {
    if (from == null || until == null) {
      throw Refusal.rule(
          "suspension-period-missing", from == null ? "from" : "until", "暂停医保支付资格须有起止日期");
    }
    if (until.isBefore(from)) {
      throw Refusal.rule("dates-out-of-order", "until", "暂停截止日期 " + until + " 早于开始日期 " + from);
    }
    requireReason(reason);
    if (suspensionPending(today)) {
      throw new DoctorTransitionRejected("医保医师已被暂停医保支付资格至 " + suspendedUntil + "，须先恢复或待期满");
    }
    return next(
        from,
        until,
        caseId,
        new DoctorChange(
            DoctorChangeKind.DOCTOR_SUSPENDED,
            at,
            caseId,
            "暂停医保支付资格 " + from + " 至 " + until + "：" + reason.trim(),
            by));
  }

  /**
   * Lifts a suspension that has not ended yet; with none pending there is nothing to lift (409).
   */
  public Doctor reinstate(String reason, LocalDate today, Instant at, String by) {
    requireReason(reason);
    if (!suspensionPending(today)) {
      throw new DoctorTransitionRejected("医保医师没有未期满的暂停，无需恢复");
    }
    return next(
        null,
        null,
        null,
        new DoctorChange(
            DoctorChangeKind.DOCTOR_REINSTATED,
            at,
            causeCaseId,
            "提前恢复医保支付资格：" + reason.trim(),
            by));
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("reason-missing", "reason", "须说明理由");
    }
  }

  /**
   * Records the credit consequence of a decision naming this doctor and regrades on the same scale
   * as institutions. A case is recorded once: the same case again answers this same state.
   */
  public Doctor recordCredit(CreditRecord record, CreditScale scale, Instant at, String by) {
    if (creditRecords.stream().anyMatch(existing -> existing.caseId().equals(record.caseId()))) {
      return this;
    }
    List<CreditRecord> nextRecords = new ArrayList<>(creditRecords);
    nextRecords.add(record);
    String grade = scale.gradeOf(nextRecords).code();
    return credited(
        nextRecords,
        grade,
        new DoctorChange(
            DoctorChangeKind.DOCTOR_CREDIT_RECORDED,
            at,
            record.caseId(),
            record.severity().label()
                + "（"
                + (record.decisionNumber() == null ? record.caseId() : record.decisionNumber())
                + "），信用等级 "
                + grade,
            by));
  }

  /**
   * Credit repair (信用修复) after rectification, as for institutions: the case's record stays on file,
   * marked repaired with the reason, and no longer counts towards the grade. A missing reason or an
   * unknown case breaks a rule (422); a record already repaired is refused (409); {@code rule} may
   * require the case closed as rectified and a waiting period since
   * (docs/law.md#credit-and-rewards, configurable).
   */
  public Doctor repairCredit(
      String caseId,
      String reason,
      LocalDate today,
      CreditScale scale,
      CreditRepairRule rule,
      Instant at,
      String by) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("repair-reason-missing", "reason", "信用修复须记录理由");
    }
    CreditRecord record =
        creditRecords.stream()
            .filter(r -> r.caseId().equals(caseId))
            .findFirst()
            .orElseThrow(
                () -> Refusal.rule("no-credit-record", "caseId", "该医保医师没有案件 " + caseId + " 的信用记录"));
    if (record.repaired()) {
      throw Refusal.conflict("credit-already-repaired", "该信用记录已于 " + record.repairedOn() + " 修复");
    }
    rule.check(record, today, "该医保医师");
    List<CreditRecord> nextRecords =
        CreditRecord.replacing(creditRecords, record, record.repairedOn(today, by, reason.strip()));
    String grade = scale.gradeOf(nextRecords).code();
    return credited(
        nextRecords,
        grade,
        new DoctorChange(
            DoctorChangeKind.DOCTOR_CREDIT_REPAIRED,
            at,
            caseId,
            "信用修复：" + reason.strip() + "，信用等级 " + grade,
            by));
  }

  /**
   * Records that the case of this doctor's credit record was closed as executed and rectified on
   * {@code closedOn} (整改结案), as for institutions; no record of the case, or one already rectified,
   * answers this same state.
   */
  public Doctor recordRectification(String caseId, LocalDate closedOn, Instant at, String by) {
    Objects.requireNonNull(closedOn, "closedOn");
    return CreditRecord.awaitingRectification(creditRecords, caseId)
        .map(
            record -> {
              CreditRecord rectified = record.rectifiedOn(closedOn);
              return credited(
                  CreditRecord.replacing(creditRecords, record, rectified),
                  creditGrade,
                  new DoctorChange(
                      DoctorChangeKind.DOCTOR_CASE_RECTIFIED,
                      at,
                      caseId,
                      rectified.rectificationNote(),
                      by));
            })
        .orElse(this);
  }

  /** The grade on {@code scale}: the best while no record counts. */
  public CreditScale.Grade gradeOn(CreditScale scale) {
    return scale.gradeOf(creditRecords);
  }

  private Doctor credited(List<CreditRecord> nextRecords, String grade, DoctorChange change) {
    List<DoctorChange> nextHistory = new ArrayList<>(history);
    nextHistory.add(change);
    return new Doctor(
        id,
        version + 1,
        institutionId,
        countyCode,
        regionPath,
        name,
        departmentCode,
        departmentName,
        certificateNumber,
        suspendedFrom,
        suspendedUntil,
        causeCaseId,
        nextHistory,
        grade,
        nextRecords);
  }

  private Doctor next(LocalDate from, LocalDate until, String caseId, DoctorChange change) {
    List<DoctorChange> nextHistory = new ArrayList<>(history);
    nextHistory.add(change);
    return new Doctor(
        id,
        version + 1,
        institutionId,
        countyCode,
        regionPath,
        name,
        departmentCode,
        departmentName,
        certificateNumber,
        from,
        until,
        caseId,
        nextHistory,
        creditGrade,
        creditRecords);
  }
}
