package org.ybjg.registry.evaluation;

import java.time.ZoneOffset;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.registry.api.model.EvaluationContributionDto;
import org.ybjg.registry.api.model.EvaluationDto;
import org.ybjg.registry.evaluation.domain.AnnualEvaluation;
import org.ybjg.registry.evaluation.domain.ScoringTable;

/** Maps evaluations, scored with the current table, to the generated API types. */
final class EvaluationDtos {

  private EvaluationDtos() {}

  static EvaluationDto toDto(AnnualEvaluation evaluation, ScoringTable table) {
    ScoringTable.Result result = evaluation.evaluate(table);
    return new EvaluationDto(
            evaluation.institutionId(),
            evaluation.nationalCode(),
            evaluation.institutionName(),
            evaluation.countyCode(),
            evaluation.year(),
            result.basePoints(),
            result.score(),
            result.decisionCount(),
            result.countPoints(),
            result.grade().code(),
            result.grade().label(),
            result.result(),
            result.resultLabel(),
            result.vetoed(),
            result.scored().stream().map(EvaluationDtos::contribution).toList())
        .vetoReason(result.vetoReason());
  }

  private static EvaluationContributionDto contribution(ScoringTable.Scored scored) {
    var violation = scored.violation();
    return new EvaluationContributionDto(
            violation.caseId(),
            EvaluationContributionDto.CategoryEnum.fromValue(violation.category().name()),
            violation.category().label(),
            Yuan.format(Yuan.rounded(violation.improperAmount())),
            scored.naturePoints(),
            scored.amountPoints(),
            scored.veto(),
            violation.recordedAt().atOffset(ZoneOffset.UTC))
        .decisionNumber(violation.decisionNumber())
        .decidedOn(violation.decidedOn())
        .article(violation.article());
  }
}
