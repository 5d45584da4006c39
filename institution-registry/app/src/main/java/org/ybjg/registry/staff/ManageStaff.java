package org.ybjg.registry.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Department;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.qualification.domain.BillingQualification;
import org.ybjg.registry.qualification.domain.PointsLadder;
import org.ybjg.registry.staff.domain.Doctor;
import org.ybjg.registry.staff.domain.DoctorStatus;

/**
 * Departments (科室, kept on the institution so suspensions are checked against them in the same
 * write) and 医保医师 (own collection) of an institution in the caller's region. Every command is one
 * document write.
 */
@Component
class ManageStaff {

  static final Set<String> ADMINS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");

  enum DoctorAction {
    SUSPEND,
    REINSTATE
  }

  private final Institutions institutions;
  private final Doctors doctors;
  private final Qualifications qualifications;
  private final PointsLadder ladder;
  private final RegionScope scope;
  private final Clock clock;

  ManageStaff(
      Institutions institutions,
      Doctors doctors,
      Qualifications qualifications,
      PointsLadder ladder,
      RegionScope scope,
      Clock clock) {
    this.institutions = institutions;
    this.doctors = doctors;
    this.qualifications = qualifications;
    this.ladder = ladder;
    this.scope = scope;
    this.clock = clock;
  }

  Institution institution(String id, Caller caller) {
    return institutions
        .find(id)
        .filter(found -> scope.covers(caller, found.countyCode()))
        .orElseThrow(() -> Refusal.notFound("institution not found"));
  }

  Institution addDepartment(String institutionId, String code, String name, Caller caller) {
    requireAdmin(caller);
    Institution current = institution(institutionId, caller);
    Institution next = current.addDepartment(new Department(code, name), now(), caller.username());
    institutions.update(current, List.of(next), null);
    return next;
  }

  Doctor registerDoctor(
      String institutionId,
      String doctorId,
      String name,
      String departmentCode,
      String certificateNumber,
      Caller caller) {
    requireAdmin(caller);
    Institution institution = institution(institutionId, caller);
    Department department =
        institution
            .department(departmentCode)
            .orElseThrow(
                () ->
                    Refusal.rule(
                        "unknown-department",
                        "departmentCode",
                        "本机构没有编码为 " + departmentCode + " 的科室（先登记科室）"));
    requireNotBarred(certificateNumber);
    Doctor doctor =
        Doctor.register(
            doctorId,
            institution.id(),
            institution.countyCode(),
            institution.regionPath(),
            name,
            department.code(),
            department.name(),
            certificateNumber,
            now(),
            caller.username());
    try {
      doctors.insert(doctor);
    } catch (DuplicateKeyException duplicate) {
      throw Refusal.conflict("duplicate-doctor", "医保医师编码 " + doctorId + " 已登记（全省唯一）");
    }
    return doctor;
  }

  Doctor changeDoctor(
      String institutionId,
      String doctorId,
      DoctorAction action,
      LocalDate from,
      LocalDate until,
      String caseId,
      String reason,
      Caller caller) {
    requireAdmin(caller);
    Institution institution = institution(institutionId, caller);
    Doctor current =
        doctors
            .find(doctorId)
            .filter(d -> d.institutionId().equals(institution.id()))
            .orElseThrow(() -> Refusal.notFound("doctor not found"));
    LocalDate today = today();
    Doctor next =
        switch (action) {
          case SUSPEND ->
              current.suspend(
                  from,
                  until,
                  caseId == null || caseId.isBlank() ? null : caseId.trim(),
                  reason,
                  today,
                  now(),
                  caller.username());
          case REINSTATE -> current.reinstate(reason, today, now(), caller.username());
        };
    doctors.update(current, next);
    return next;
  }

  Doctors.Page doctors(
      String institutionId, DoctorStatus status, int page, int size, Caller caller) {
    Institution institution = institution(institutionId, caller);
    return doctors.list(institution.id(), status, today(), page, size);
  }

  /**
   * A person whose billing qualification was terminated cannot be registered again until the bar
   * ends (医保发〔2024〕23号: 1 year, or 3 years when one decision gave 12 points), in any institution.
   */
  private void requireNotBarred(String certificateNumber) {
    if (certificateNumber == null) {
      return;
    }
    LocalDate today = today();
    qualifications
        .find(certificateNumber.strip())
        .map(q -> q.standingOn(today, ladder))
        .filter(standing -> standing.barredOn(today))
        .ifPresent(
            standing -> {
              throw Refusal.conflict(
                  "person-barred",
                  "the billing qualification of certificate "
                      + certificateNumber.strip()
                      + " was terminated on "
                      + standing.terminatedOn()
                      + "; no registration until "
                      + standing.barredUntil()
                      + " has passed",
                  certificateNumber.strip(),
                  standing.terminatedOn(),
                  standing.barredUntil());
            });
  }

  /** The billing qualifications of these listings' people, by certificate number. */
  Map<String, BillingQualification> qualificationsOf(List<Doctor> listed) {
    return qualifications.of(listed.stream().map(Doctor::certificateNumber).toList());
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }

  private static void requireAdmin(Caller caller) {
    if (caller.roles().stream().noneMatch(ADMINS::contains)) {
      throw new AccessDeniedException("only administrators keep departments and doctors");
    }
  }
}
