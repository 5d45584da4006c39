package org.ybjg.registry.credit;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.registry.api.DoctorCreditApi;
import org.ybjg.registry.api.model.CreditRepairRequestDto;
import org.ybjg.registry.api.model.DoctorCreditFileDto;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.staff.DoctorCredit;
import org.ybjg.registry.staff.domain.Doctor;

/** Credit files and credit repair of 医保医师, region-scoped through the institution. */
@RestController
class DoctorCreditController implements DoctorCreditApi {

  private final DoctorCredit doctorCredit;
  private final CreditScale scale;
  private final CurrentCaller currentCaller;

  DoctorCreditController(
      DoctorCredit doctorCredit, CreditScale scale, CurrentCaller currentCaller) {
    this.doctorCredit = doctorCredit;
    this.scale = scale;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<DoctorCreditFileDto> getDoctorCreditFile(String id, String doctorId) {
    return ResponseEntity.ok(file(doctorCredit.find(id, doctorId, currentCaller.get())));
  }

  @Override
  public ResponseEntity<DoctorCreditFileDto> repairDoctorCredit(
      String id, String doctorId, CreditRepairRequestDto body) {
    Caller caller = currentCaller.get();
    CreditRepairers.require(caller);
    return ResponseEntity.ok(
        file(doctorCredit.repair(id, doctorId, body.getCaseId(), body.getReason(), caller)));
  }

  private DoctorCreditFileDto file(Doctor doctor) {
    CreditScale.Grade grade = doctor.gradeOn(scale);
    return new DoctorCreditFileDto(
        doctor.institutionId(),
        doctor.id(),
        doctor.name(),
        grade.code(),
        CreditController.labelOf(scale, grade.code()),
        grade.blackList(),
        doctor.creditRecords().stream().map(CreditController::record).toList());
  }
}
