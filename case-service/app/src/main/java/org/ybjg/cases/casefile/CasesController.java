package org.ybjg.cases.casefile;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.CasesApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.CasePageDto;
import org.ybjg.cases.api.model.CaseStatusDto;
import org.ybjg.cases.api.model.NewCaseDto;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.CaseOrigin;
import org.ybjg.cases.casefile.domain.CaseSource;
import org.ybjg.cases.casefile.domain.CaseStatus;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;

/** Reading cases, scoped to the caller's region. */
@RestController
class CasesController implements CasesApi {

  private final CaseFiles cases;
  private final CaseAccess access;
  private final RegionScope regions;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;
  private final OpenCaseFromClue openCase;

  CasesController(
      CaseFiles cases,
      CaseAccess access,
      RegionScope regions,
      CurrentCaller currentCaller,
      CaseRules rules,
      OpenCaseFromClue openCase) {
    this.openCase = openCase;
    this.cases = cases;
    this.access = access;
    this.regions = regions;
    this.currentCaller = currentCaller;
    this.rules = rules;
  }

  @Override
  public ResponseEntity<CasePageDto> listCases(
      String institutionId, String countyCode, CaseStatusDto status, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    String region = regions.narrow(caller, countyCode);
    LocalDate today = rules.today();
    CaseFiles.Page found =
        cases.page(
            region,
            institutionId,
            status == null ? null : CaseStatus.valueOf(status.getValue()),
            page,
            size);
    return ResponseEntity.ok(
        new CasePageDto()
            .items(found.items().stream().map(c -> CaseMapper.toDto(c, today)).toList())
            .page(page)
            .size(size)
            .total(found.total()));
  }

  @Override
  public ResponseEntity<CaseDto> getCase(String id) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    CaseFile found = access.visibleCase(id, caller);
    return ResponseEntity.ok()
        .eTag(Long.toString(found.version()))
        .body(CaseMapper.toDto(found, rules.today()));
  }

  @Override
  public ResponseEntity<CaseDto> openCase(NewCaseDto body) {
    Caller caller = currentCaller.get();
    if (caller.roles().stream()
        .noneMatch(role -> CaseAccess.DECIDERS.contains(role) || "API_CLIENT".equals(role))) {
      throw new org.springframework.security.access.AccessDeniedException(
          "only administrators and provincial systems open cases");
    }
    CaseSource source =
        new CaseSource(
            body.getReference(),
            body.getViolationItem(),
            body.getPeriodFrom(),
            body.getPeriodTo(),
            body.getDescription(),
            caller.username(),
            body.getEvidence() == null
                ? List.of()
                : body.getEvidence().stream()
                    .map(
                        e ->
                            new CaseSource.Evidence(
                                e.getTitle(), e.getKind(), e.getSha256(), e.getPages()))
                    .toList());
    CaseFile opened =
        openCase.open(
            new OpenCaseFromClue.Command(
                CaseOrigin.valueOf(body.getOrigin().getValue()),
                body.getInstitutionId(),
                FindingCategory.valueOf(body.getCategory().getValue()),
                body.getAmountInvolved() == null ? null : Yuan.parse(body.getAmountInvolved()),
                body.getReceivedOn(),
                source),
            caller);
    return ResponseEntity.created(java.net.URI.create("/api/cases/cases/" + opened.id()))
        .eTag(Long.toString(opened.version()))
        .body(CaseMapper.toDto(opened, rules.today()));
  }
}
