package org.ybjg.registry.evaluation;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.ybjg.registry.evaluation.domain.ScoringTable;

/** The annual evaluation's points table, {@code registry.evaluation} in application.yml. */
@ConfigurationProperties("registry.evaluation")
public record EvaluationProperties(
    Integer basePoints,
    Map<String, Integer> naturePoints,
    List<ScoringTable.AmountBand> amountBands,
    List<ScoringTable.CountBand> countBands,
    List<ScoringTable.Grade> grades,
    ScoringTable.Veto veto) {

  public ScoringTable table() {
    return new ScoringTable(
        basePoints == null ? 100 : basePoints,
        naturePoints,
        amountBands,
        countBands,
        grades == null ? List.of() : grades,
        veto);
  }
}
