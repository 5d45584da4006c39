package org.ybjg.cases.procedure;

import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.ProcedureApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.CasePageDto;
import org.ybjg.cases.api.model.StepRequestDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.Step;
import org.ybjg.cases.casefile.domain.StepAction;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;

/** Procedure steps and the overdue list. */
@RestController
class ProcedureController implements ProcedureApi {

  private final TakeStep takeStep;
  private final CaseFiles cases;
  private final CaseAccess access;
  private final RegionScope regions;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;

  ProcedureController(
      TakeStep takeStep,
      CaseFiles cases,
      CaseAccess access,
      RegionScope regions,
      CurrentCaller currentCaller,
      CaseRules rules) {
    this.takeStep = takeStep;
    this.cases = cases;
    this.access = access;
    this.regions = regions;
    this.currentCaller = currentCaller;
    this.rules = rules;
  }

  @Override
  public ResponseEntity<CaseDto> takeStep(String id, StepRequestDto r, String ifMatch) {
    Caller caller = currentCaller.get();
    Step step =
        new Step(
            StepAction.valueOf(r.getAction().getValue()),
            r.getOn(),
            caller.username(),
            r.getSignedBy(),
            r.getNote(),
            r.getReason(),
            r.getDays(),
            r.getProposal(),
            Yuan.parse(r.getProposedFine()),
            r.getProposesAgreementMeasure(),
            r.getMethod(),
            r.getRecipient(),
            Yuan.parse(r.getFinePaid()),
            Yuan.parse(r.getReturnedAmount()),
            r.getDeadline());
    CaseFile next =
        takeStep.take(new TakeStep.Command(id, CaseAccess.version(ifMatch), step, caller));
    return ResponseEntity.ok()
        .eTag(Long.toString(next.version()))
        .body(CaseMapper.toDto(next, rules.today()));
  }

  @Override
  public ResponseEntity<CasePageDto> listOverdueCases(
      String countyCode, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    String region = regions.narrow(caller, countyCode);
    LocalDate today = rules.today();
    CaseFiles.Page found = cases.overdue(region, today, page, size);
    return ResponseEntity.ok(
        new CasePageDto()
            .items(found.items().stream().map(c -> CaseMapper.toDto(c, today)).toList())
            .page(page)
            .size(size)
            .total(found.total()));
  }
}
