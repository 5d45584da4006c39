package org.ybjg.cases.exposure;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.ExposureApi;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.ExposureDto;
import org.ybjg.cases.api.model.ExposurePageDto;
import org.ybjg.cases.api.model.ExposureRequestDto;
import org.ybjg.cases.api.model.FindingCategoryDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseMapper;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.security.CurrentCaller;

/**
 * Typical cases: published by a bureau, read by anyone (public, read-only, no personal data — only
 * the institution, the class, the public summary and the decision's outcome leave through {@code
 * /api/cases/public/**}).
 */
@RestController
class ExposureController implements ExposureApi {

  private final CaseFiles cases;
  private final ExposeCase exposeCase;
  private final CurrentCaller currentCaller;
  private final CaseRules rules;

  ExposureController(
      CaseFiles cases, ExposeCase exposeCase, CurrentCaller currentCaller, CaseRules rules) {
    this.cases = cases;
    this.exposeCase = exposeCase;
    this.currentCaller = currentCaller;
    this.rules = rules;
  }

  @Override
  public ResponseEntity<CaseDto> exposeCase(String id, ExposureRequestDto r, String ifMatch) {
    CaseFile next =
        exposeCase.expose(id, CaseAccess.version(ifMatch), r.getSummary(), currentCaller.get());
    return ResponseEntity.ok()
        .eTag(Long.toString(next.version()))
        .body(CaseMapper.toDto(next, rules.today()));
  }

  @Override
  public ResponseEntity<ExposurePageDto> listExposures(
      String countyCode, Integer page, Integer size) {
    CaseFiles.Page found = cases.exposed(countyCode, page, size);
    return ResponseEntity.ok(
        new ExposurePageDto()
            .items(found.items().stream().map(ExposureController::publicView).toList())
            .page(page)
            .size(size)
            .total(found.total()));
  }

  /**
   * Only what may be public: no ids of persons, no whistleblower, no finding details beyond the
   * summary.
   */
  static ExposureDto publicView(CaseFile c) {
    return new ExposureDto()
        .caseId(c.id())
        .institutionName(c.institutionName())
        .countyCode(c.countyCode())
        .category(FindingCategoryDto.fromValue(c.category().name()))
        .categoryLabel(c.category().label())
        .summary(c.exposure().summary())
        .decisionNumber(c.decision().number().text())
        .decidedOn(c.decision().decidedOn())
        .article(c.decision().article())
        .measures(
            c.decision().measures().stream()
                .map(m -> m.kind().label() + (m.months() == null ? "" : " " + m.months() + "个月"))
                .toList())
        .fineAmount(Yuan.format(c.decision().fineAmount()))
        .returnAmount(Yuan.format(c.decision().returnAmount()))
        .publishedOn(c.exposure().publishedOn());
  }
}
