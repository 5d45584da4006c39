package org.ybjg.registry.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.registry.evaluation.domain.AnnualEvaluation;
import org.ybjg.registry.evaluation.domain.ScoringTable;
import org.ybjg.registry.history.HistoryEntryView;
import org.ybjg.registry.history.HistorySource;

/**
 * Puts the annual evaluation into the institution's history: one entry per counted decision with
 * the points it deducted under the current table, a veto (一票否决) marked as its own kind.
 */
@Component
class EvaluationHistorySource implements HistorySource {

  static final String SOURCE = "EVALUATION";

  private final Evaluations evaluations;
  private final ScoringTable table;

  EvaluationHistorySource(Evaluations evaluations, ScoringTable table) {
    this.evaluations = evaluations;
    this.table = table;
  }

  @Override
  public List<HistoryEntryView> entriesFor(String institutionId) {
    List<HistoryEntryView> entries = new ArrayList<>();
    for (AnnualEvaluation evaluation : evaluations.ofInstitution(institutionId)) {
      for (ScoringTable.Scored scored : evaluation.evaluate(table).scored()) {
        var violation = scored.violation();
        String detail =
            evaluation.year()
                + " 年度考核："
                + violation.category().label()
                + "，扣 "
                + (scored.naturePoints() + scored.amountPoints())
                + " 分（性质 "
                + scored.naturePoints()
                + " 分，违规金额 "
                + scored.amountPoints()
                + " 分）"
                + (scored.veto() ? "，一票否决" : "");
        entries.add(
            new HistoryEntryView(
                violation.recordedAt(),
                SOURCE,
                scored.veto() ? "EVALUATION_VETOED" : "EVALUATION_POINTS_DEDUCTED",
                scored.veto() ? "年度考核一票否决" : "年度考核扣分",
                violation.decisionNumber() == null
                    ? violation.caseId()
                    : violation.decisionNumber(),
                detail,
                "system:evaluation"));
      }
    }
    return entries;
  }
}
