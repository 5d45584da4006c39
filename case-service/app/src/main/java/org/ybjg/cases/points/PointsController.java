package org.ybjg.cases.points;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.PointsApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.DoctorPointsRequestDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.chassis.security.CurrentCaller;

/** Doctors' points on a decision (case.yaml tag Points): thin. */
@RestController
class PointsController implements PointsApi {

  private final ConfirmDoctorPoints confirmDoctorPoints;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;

  PointsController(
      ConfirmDoctorPoints confirmDoctorPoints, CurrentCaller currentCaller, CaseRules rules) {
    this.confirmDoctorPoints = confirmDoctorPoints;
    this.currentCaller = currentCaller;
    this.rules = rules;
  }

  @Override
  public ResponseEntity<CaseDto> confirmDoctorPoints(
      String id, DoctorPointsRequestDto request, String ifMatch) {
    CaseFile confirmed =
        confirmDoctorPoints.confirm(
            new ConfirmDoctorPoints.Command(
                id,
                CaseAccess.version(ifMatch),
                request.getDoctorId(),
                request.getPoints(),
                request.getReason(),
                currentCaller.get()));
    return ResponseEntity.ok()
        .eTag(Long.toString(confirmed.version()))
        .body(CaseMapper.toDto(confirmed, rules.today()));
  }
}
