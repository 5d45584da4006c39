package org.ybjg.registry.evaluation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.EvaluationsApi;
import org.ybjg.registry.api.model.EvaluationPageDto;
import org.ybjg.registry.api.model.InstitutionEvaluationsDto;
import org.ybjg.registry.evaluation.domain.ScoringTable;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;

/** Annual evaluation results (年度考核; 承医保发〔2019〕2号 §6). */
@RestController
class EvaluationController implements EvaluationsApi {

  private final Evaluations evaluations;
  private final Institutions institutions;
  private final ScoringTable table;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  EvaluationController(
      Evaluations evaluations,
      Institutions institutions,
      ScoringTable table,
      CurrentCaller currentCaller,
      RegionScope scope) {
    this.evaluations = evaluations;
    this.institutions = institutions;
    this.table = table;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<InstitutionEvaluationsDto> getInstitutionEvaluations(String id) {
    Caller caller = currentCaller.get();
    Institution institution =
        institutions
            .find(id)
            .filter(found -> scope.covers(caller, found.countyCode()))
            .orElseThrow(() -> Refusal.notFound("institution not found"));
    return ResponseEntity.ok(
        new InstitutionEvaluationsDto(
            institution.id(),
            evaluations.ofInstitution(institution.id()).stream()
                .map(e -> EvaluationDtos.toDto(e, table))
                .toList()));
  }

  @Override
  public ResponseEntity<EvaluationPageDto> listEvaluations(
      Integer year, String regionCode, Integer page, Integer size) {
    String region = scope.narrow(currentCaller.get(), regionCode);
    Evaluations.Page found = evaluations.list(region, year, page, size);
    return ResponseEntity.ok(
        new EvaluationPageDto(
            found.items().stream().map(e -> EvaluationDtos.toDto(e, table)).toList(),
            found.page(),
            found.size(),
            found.total()));
  }
}
