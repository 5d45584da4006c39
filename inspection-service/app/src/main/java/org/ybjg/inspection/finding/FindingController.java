package org.ybjg.inspection.finding;

import java.net.URI;
import java.time.ZoneOffset;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.api.FindingsApi;
import org.ybjg.inspection.api.model.FindingCategoryDto;
import org.ybjg.inspection.api.model.FindingDto;
import org.ybjg.inspection.api.model.FindingPageDto;
import org.ybjg.inspection.api.model.NewFindingDto;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.finding.domain.Finding;
import org.ybjg.inspection.finding.domain.FindingCategory;
import org.ybjg.inspection.finding.domain.RecordFindingCommand;

/** Findings (检查发现): recorded by inspectors, read by staff within their region. */
@RestController
class FindingController implements FindingsApi {

  private final RecordFinding recordFinding;
  private final Findings findings;
  private final CurrentCaller currentCaller;

  FindingController(RecordFinding recordFinding, Findings findings, CurrentCaller currentCaller) {
    this.recordFinding = recordFinding;
    this.findings = findings;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<FindingDto> recordFinding(NewFindingDto body, String idempotencyKey) {
    Caller caller = currentCaller.get();
    RecordFindingCommand command =
        new RecordFindingCommand(
            body.getInstitutionId(),
            body.getCategory() == null
                ? null
                : FindingCategory.valueOf(body.getCategory().getValue()),
            body.getDescription(),
            Yuan.required(body.getImproperAmount(), "improperAmount"),
            body.getFoundOn(),
            Access.requestKey(caller, idempotencyKey));
    Finding finding = recordFinding.handle(caller, command);
    return ResponseEntity.created(URI.create("/api/inspection/findings/" + finding.id()))
        .body(toDto(finding));
  }

  @Override
  public ResponseEntity<FindingDto> getFinding(String id) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    return findings
        .findWithin(id, caller.region())
        .map(finding -> ResponseEntity.ok(toDto(finding)))
        .orElseThrow(() -> Refusal.notFound("finding not found"));
  }

  @Override
  public ResponseEntity<FindingPageDto> listFindings(
      String institutionId, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    PageOf<FindingDto> found =
        findings.search(caller.region(), institutionId, page, size).map(FindingController::toDto);
    return ResponseEntity.ok(
        new FindingPageDto(found.items(), found.page(), found.size(), found.total()));
  }

  static FindingDto toDto(Finding finding) {
    return new FindingDto()
        .id(finding.id())
        .institutionId(finding.institutionId())
        .institutionName(finding.institutionName())
        .countyCode(finding.countyCode())
        .category(FindingCategoryDto.fromValue(finding.category().name()))
        .categoryLabel(finding.category().label())
        .description(finding.description())
        .improperAmount(finding.improperAmount().toPlainString())
        .foundOn(finding.foundOn())
        .recordedBy(finding.recordedBy())
        .recordedAt(finding.recordedAt().atOffset(ZoneOffset.UTC));
  }
}
