package org.ybjg.cases.decision;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.Extrapolation;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.cases.decision.domain.MitigationGround;
import org.ybjg.cases.decision.domain.PenaltyRules;
import org.ybjg.cases.decision.domain.RepeatOffence;

/**
 * The lawful penalty for a case: the rule table's assessment, with the repeat offence found from
 * the case history (a decision on the same institution and violation class within the configured
 * window).
 */
@Component
public class AssessPenalty {

  private final PenaltyRules penaltyRules;
  private final CaseFiles cases;
  private final CaseRules rules;

  AssessPenalty(PenaltyRules penaltyRules, CaseFiles cases, CaseRules rules) {
    this.penaltyRules = penaltyRules;
    this.cases = cases;
    this.rules = rules;
  }

  /** Sample inputs of an extrapolation (承医保发〔2019〕2号 §17), all three or none. */
  public record Sample(Long sampleCount, Long populationCount, BigDecimal sampleImproperAmount) {

    public boolean given() {
      return sampleCount != null || populationCount != null || sampleImproperAmount != null;
    }
  }

  public Optional<PenaltyAssessment> assess(
      CaseFile c, Set<MitigationGround> mitigation, Sample sample) {
    Extrapolation extrapolation = null;
    if (sample != null && sample.given()) {
      extrapolation =
          Extrapolation.of(
              sample.sampleCount() == null ? 0 : sample.sampleCount(),
              sample.populationCount() == null ? 0 : sample.populationCount(),
              sample.sampleImproperAmount());
    }
    int window = rules.repeatOffenceWindowMonths();
    RepeatOffence repeat =
        cases
            .latestDecidedLike(
                c.institutionId(), c.category(), c.id(), rules.today().minusMonths(window))
            .map(
                prior ->
                    new RepeatOffence(
                        prior.decision().number().text(), prior.decision().decidedOn(), window))
            .orElse(null);
    return penaltyRules.assess(c.category(), c.improperAmount(), extrapolation, mitigation, repeat);
  }
}
