package org.ybjg.registry.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.institution.domain.CreditRecord;
import org.ybjg.registry.institution.domain.CreditRepairRule;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.staff.domain.Doctor;

/**
 * Credit of 医保医师: records from decisions naming them, the grade on the institutions' scale ({@code
 * registry.credit.grades}), credit repair and the doctors' red and black lists. Region scoping goes
 * through the doctor's institution. Every command is one write of one doctor document.
 */
@Component
public class DoctorCredit {

  private static final Logger log = LoggerFactory.getLogger(DoctorCredit.class);

  /** A page of doctors of a credit list. */
  public record DoctorPage(List<Doctor> items, int page, int size, long total) {}

  private final ManageStaff staff;
  private final Doctors doctors;
  private final CreditScale scale;
  private final CreditRepairRule rule;
  private final Clock clock;

  DoctorCredit(
      ManageStaff staff, Doctors doctors, CreditScale scale, CreditRepairRule rule, Clock clock) {
    this.staff = staff;
    this.doctors = doctors;
    this.scale = scale;
    this.rule = rule;
    this.clock = clock;
  }

  /**
   * Records {@code record} for each named doctor registered under {@code institutionId}, once per
   * case and doctor however often it is called (a redelivered decision changes nothing). A doctor
   * not found under the institution is logged and skipped. An optimistic-lock clash is thrown for
   * the caller's retry (already recorded doctors are then left as they are).
   *
   * @return how many doctors got a new record
   */
  public int recordFromDecision(
      String institutionId, List<String> doctorIds, CreditRecord record, String by) {
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    int recorded = 0;
    for (String doctorId : doctorIds) {
      Doctor current =
          doctorId == null
              ? null
              : doctors
                  .find(doctorId)
                  .filter(d -> d.institutionId().equals(institutionId))
                  .orElse(null);
      if (current == null) {
        log.warn(
            "decision {} (case {}) names doctor {} not registered under institution {}: no credit recorded",
            record.decisionNumber(),
            record.caseId(),
            doctorId,
            institutionId);
        continue;
      }
      Doctor next = current.recordCredit(record, scale, at, by);
      if (next != current) {
        doctors.update(current, next);
        recorded++;
      }
    }
    return recorded;
  }

  /**
   * Marks the records of case {@code caseId} rectified on {@code closedOn} for the doctors of
   * {@code institutionId} that have one (整改结案, {@code case.closed.v1} CONCLUDED); a record already
   * rectified is left alone, so a redelivered closure writes nothing. An optimistic-lock clash is
   * thrown for the caller's retry.
   *
   * @return how many doctors' records were marked
   */
  public int recordRectification(
      String institutionId, String caseId, LocalDate closedOn, String by) {
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    int marked = 0;
    for (Doctor current : doctors.withCreditRecords(institutionId)) {
      Doctor next = current.recordRectification(caseId, closedOn, at, by);
      if (next != current) {
        doctors.update(current, next);
        marked++;
      }
    }
    return marked;
  }

  /** The doctor of an institution in the caller's region; 404 otherwise. */
  public Doctor find(String institutionId, String doctorId, Caller caller) {
    Institution institution = staff.institution(institutionId, caller);
    return doctors
        .find(doctorId)
        .filter(d -> d.institutionId().equals(institution.id()))
        .orElseThrow(() -> Refusal.notFound("doctor not found"));
  }

  /**
   * Credit repair of one case's record, as for institutions (RepairCredit): a recorded reason,
   * 422/409 otherwise.
   */
  public Doctor repair(
      String institutionId, String doctorId, String caseId, String reason, Caller caller) {
    Doctor current = find(institutionId, doctorId, caller);
    LocalDate today = LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    Doctor next =
        current.repairCredit(
            caseId,
            reason,
            today,
            scale,
            rule,
            Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
            caller.username());
    try {
      doctors.update(current, next);
    } catch (OptimisticLockingFailureException clash) {
      throw Refusal.conflict(
          "concurrent-change", "the doctor changed meanwhile; read it again and retry");
    }
    return next;
  }

  /** RED: doctors of the best grade (or never recorded); BLACK: grades the scale black-lists. */
  public DoctorPage list(boolean red, String region, int page, int size) {
    Doctors.Page found =
        red
            ? doctors.withCreditGrades(region, List.of(scale.best().code()), true, page, size)
            : doctors.withCreditGrades(region, scale.blackListed(), false, page, size);
    return new DoctorPage(found.items(), found.page(), found.size(), found.total());
  }
}
