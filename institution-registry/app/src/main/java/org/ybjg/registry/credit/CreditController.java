package org.ybjg.registry.credit;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.CreditApi;
import org.ybjg.registry.api.model.CreditFileDto;
import org.ybjg.registry.api.model.CreditListEntryDto;
import org.ybjg.registry.api.model.CreditListPageDto;
import org.ybjg.registry.api.model.CreditRecordDto;
import org.ybjg.registry.api.model.CreditRepairRequestDto;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.AgreementState;
import org.ybjg.registry.institution.domain.CreditRecord;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.staff.DoctorCredit;

/** Credit files, credit repair and the red and black lists. */
@RestController
class CreditController implements CreditApi {

  private final Institutions institutions;
  private final RepairCredit repairCredit;
  private final CreditScale scale;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;
  private final DoctorCredit doctorCredit;

  CreditController(
      Institutions institutions,
      RepairCredit repairCredit,
      CreditScale scale,
      CurrentCaller currentCaller,
      RegionScope scope,
      DoctorCredit doctorCredit) {
    this.doctorCredit = doctorCredit;
    this.institutions = institutions;
    this.repairCredit = repairCredit;
    this.scale = scale;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<CreditFileDto> getCreditFile(String id) {
    Caller caller = currentCaller.get();
    Institution institution =
        institutions
            .find(id)
            .filter(found -> scope.covers(caller, found.countyCode()))
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    return ResponseEntity.ok(file(institution));
  }

  @Override
  public ResponseEntity<CreditFileDto> repairCredit(String id, CreditRepairRequestDto body) {
    return ResponseEntity.ok(
        file(repairCredit.repair(id, body.getCaseId(), body.getReason(), currentCaller.get())));
  }

  @Override
  public ResponseEntity<CreditListPageDto> getCreditList(
      String list, String regionCode, Integer page, Integer size, String subject) {
    CreditListPageDto.ListEnum which;
    try {
      which = CreditListPageDto.ListEnum.fromValue(list);
    } catch (IllegalArgumentException e) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.BAD_REQUEST, "list must be RED or BLACK");
    }
    boolean doctors = "DOCTOR".equals(subject);
    if (!doctors && subject != null && !"INSTITUTION".equals(subject)) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.BAD_REQUEST, "subject must be INSTITUTION or DOCTOR");
    }
    String region = scope.narrow(currentCaller.get(), regionCode);
    boolean red = which == CreditListPageDto.ListEnum.RED;
    if (doctors) {
      DoctorCredit.DoctorPage found = doctorCredit.list(red, region, page, size);
      List<CreditListEntryDto> items =
          found.items().stream()
              .map(
                  d -> {
                    String grade = d.gradeOn(scale).code();
                    return new CreditListEntryDto(
                            d.institutionId(),
                            d.id(),
                            d.name(),
                            d.countyCode(),
                            grade,
                            labelOf(grade))
                        .subject(CreditListEntryDto.SubjectEnum.DOCTOR)
                        .doctorId(d.id());
                  })
              .toList();
      return ResponseEntity.ok(
          new CreditListPageDto(
              which, red ? "守信名单" : "失信名单", items, found.page(), found.size(), found.total()));
    }
    Institutions.Page found =
        red
            ? institutions.withCreditGrades(
                region, List.of(scale.best().code()), AgreementState.ACTIVE, page, size)
            : institutions.withCreditGrades(region, scale.blackListed(), null, page, size);
    List<CreditListEntryDto> items =
        found.items().stream()
            .map(
                i ->
                    new CreditListEntryDto(
                            i.id(),
                            i.nationalCode(),
                            i.name(),
                            i.countyCode(),
                            i.creditGrade(),
                            labelOf(i.creditGrade()))
                        .subject(CreditListEntryDto.SubjectEnum.INSTITUTION))
            .toList();
    return ResponseEntity.ok(
        new CreditListPageDto(
            which, red ? "守信名单" : "失信名单", items, found.page(), found.size(), found.total()));
  }

  private CreditFileDto file(Institution institution) {
    String grade =
        institution.creditGrade() == null ? scale.best().code() : institution.creditGrade();
    return new CreditFileDto(
        institution.id(),
        grade,
        labelOf(grade),
        scale.blackListed().contains(grade),
        institution.creditRecords().stream().map(CreditController::record).toList());
  }

  private String labelOf(String grade) {
    return labelOf(scale, grade);
  }

  static String labelOf(CreditScale scale, String grade) {
    return scale.grades().stream()
        .filter(g -> g.code().equals(grade))
        .map(CreditScale.Grade::label)
        .findFirst()
        .orElse(grade);
  }

  static CreditRecordDto record(CreditRecord record) {
    return new CreditRecordDto(
            record.caseId(),
            CreditRecordDto.SeverityEnum.fromValue(record.severity().name()),
            record.severity().label(),
            record.recordedOn(),
            record.repaired())
        .decisionNumber(record.decisionNumber())
        .reason(record.reason())
        .repairedOn(record.repairedOn())
        .repairedBy(record.repairedBy())
        .repairReason(record.repairReason())
        .rectifiedOn(record.rectifiedOn());
  }
}
