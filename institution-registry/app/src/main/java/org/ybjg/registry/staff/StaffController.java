package org.ybjg.registry.staff;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.registry.api.StaffApi;
import org.ybjg.registry.api.model.AddDepartmentRequestDto;
import org.ybjg.registry.api.model.BillingQualificationDto;
import org.ybjg.registry.api.model.DepartmentDto;
import org.ybjg.registry.api.model.DepartmentListDto;
import org.ybjg.registry.api.model.DoctorActionDto;
import org.ybjg.registry.api.model.DoctorDto;
import org.ybjg.registry.api.model.DoctorPageDto;
import org.ybjg.registry.api.model.DoctorStatusDto;
import org.ybjg.registry.api.model.HistoryEntryDto;
import org.ybjg.registry.api.model.PointsEntryDto;
import org.ybjg.registry.api.model.QualificationStateDto;
import org.ybjg.registry.api.model.RegisterDoctorRequestDto;
import org.ybjg.registry.institution.domain.Agreement;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.qualification.domain.BillingQualification;
import org.ybjg.registry.qualification.domain.PointsLadder;
import org.ybjg.registry.qualification.domain.Standing;
import org.ybjg.registry.staff.domain.Doctor;
import org.ybjg.registry.staff.domain.DoctorStatus;

/** Departments and 医保医师 of an institution (registry.yaml tag Staff): thin, region-scoped. */
@RestController
class StaffController implements StaffApi {

  private final ManageStaff staff;
  private final CurrentCaller currentCaller;
  private final CreditScale scale;
  private final PointsLadder ladder;

  StaffController(
      ManageStaff staff, CurrentCaller currentCaller, CreditScale scale, PointsLadder ladder) {
    this.scale = scale;
    this.ladder = ladder;
    this.staff = staff;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<DepartmentListDto> addDepartment(String id, AddDepartmentRequestDto body) {
    Institution institution =
        staff.addDepartment(id, body.getCode(), body.getName(), currentCaller.get());
    return ResponseEntity.created(URI.create(PATH_LIST_DEPARTMENTS.replace("{id}", id)))
        .body(departments(institution));
  }

  @Override
  public ResponseEntity<DepartmentListDto> listDepartments(String id) {
    return ResponseEntity.ok(departments(staff.institution(id, currentCaller.get())));
  }

  @Override
  public ResponseEntity<DoctorDto> registerDoctor(String id, RegisterDoctorRequestDto body) {
    Doctor doctor =
        staff.registerDoctor(
            id,
            body.getDoctorId(),
            body.getName(),
            body.getDepartmentCode(),
            body.getCertificateNumber(),
            currentCaller.get());
    return ResponseEntity.created(
            URI.create(PATH_LIST_DOCTORS.replace("{id}", id) + "/" + doctor.id()))
        .body(toDto(doctor, staff.today(), staff.qualificationsOf(List.of(doctor))));
  }

  @Override
  public ResponseEntity<DoctorPageDto> listDoctors(
      String id, DoctorStatusDto status, Integer page, Integer size) {
    Doctors.Page found =
        staff.doctors(
            id,
            status == null ? null : DoctorStatus.valueOf(status.name()),
            page == null ? 0 : page,
            size == null ? 20 : size,
            currentCaller.get());
    LocalDate today = staff.today();
    Map<String, BillingQualification> people = staff.qualificationsOf(found.items());
    return ResponseEntity.ok(
        new DoctorPageDto(
            found.items().stream().map(d -> toDto(d, today, people)).toList(),
            found.page(),
            found.size(),
            found.total()));
  }

  @Override
  public ResponseEntity<DoctorDto> changeDoctor(String id, String doctorId, DoctorActionDto body) {
    Doctor doctor =
        staff.changeDoctor(
            id,
            doctorId,
            ManageStaff.DoctorAction.valueOf(body.getAction().getValue()),
            body.getFrom(),
            body.getUntil(),
            body.getCaseId(),
            body.getReason(),
            currentCaller.get());
    return ResponseEntity.ok(toDto(doctor, staff.today(), staff.qualificationsOf(List.of(doctor))));
  }

  private static DepartmentListDto departments(Institution institution) {
    Agreement agreement = institution.agreement();
    return new DepartmentListDto(
        institution.id(),
        institution.departments().stream()
            .map(
                department -> {
                  boolean suspended =
                      agreement.departmentsSuspended()
                          && agreement.suspendedDepartments().contains(department.name());
                  DepartmentDto dto =
                      new DepartmentDto(department.code(), department.name(), suspended);
                  return suspended
                      ? dto.suspendedFrom(agreement.suspendedFrom())
                          .suspendedUntil(agreement.suspendedUntil())
                      : dto;
                })
            .toList());
  }

  private DoctorDto toDto(
      Doctor doctor, LocalDate today, Map<String, BillingQualification> people) {
    DoctorStatus status = doctor.statusOn(today);
    CreditScale.Grade grade = doctor.gradeOn(scale);
    return new DoctorDto(
            doctor.id(),
            doctor.version(),
            doctor.institutionId(),
            doctor.countyCode(),
            doctor.name(),
            doctor.departmentCode(),
            doctor.departmentName(),
            doctor.certificateNumber(),
            DoctorStatusDto.valueOf(status.name()),
            status.label(),
            doctor.history().stream()
                .map(
                    change ->
                        new HistoryEntryDto(
                                change.kind().name(),
                                change.kind().label(),
                                change.at().atOffset(ZoneOffset.UTC))
                            .reference(change.reference())
                            .detail(change.detail())
                            .by(change.by()))
                .toList())
        .suspendedFrom(doctor.suspendedFrom())
        .suspendedUntil(doctor.suspendedUntil())
        .causeCaseId(doctor.causeCaseId())
        .creditGrade(grade.code())
        .creditGradeLabel(grade.label())
        .creditRecordCount(doctor.creditRecords().size())
        .qualification(
            qualificationDto(
                people.getOrDefault(
                    doctor.certificateNumber(),
                    BillingQualification.of(doctor.certificateNumber(), doctor.name())),
                today));
  }

  /** The person's billing qualification, the same in every institution that lists the person. */
  private BillingQualificationDto qualificationDto(BillingQualification person, LocalDate today) {
    Standing standing = person.standingOn(today, ladder);
    return new BillingQualificationDto(
            standing.pointsThisYear(),
            QualificationStateDto.valueOf(standing.state().name()),
            standing.state().label(),
            person.entries().stream()
                .map(
                    e ->
                        new PointsEntryDto(
                                e.caseId(),
                                e.institutionId(),
                                e.doctorId(),
                                e.points(),
                                e.decidedOn())
                            .decisionNumber(e.decisionNumber())
                            .reason(e.reason())
                            .withdrawnOn(e.withdrawnOn()))
                .toList())
        .suspendedFrom(standing.suspendedFrom())
        .suspendedUntil(standing.suspendedUntil())
        .terminatedOn(standing.terminatedOn())
        .barredUntil(standing.barredUntil());
  }
}
