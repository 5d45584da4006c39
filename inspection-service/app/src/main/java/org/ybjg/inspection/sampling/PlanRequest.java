package org.ybjg.inspection.sampling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ybjg.inspection.sampling.domain.DateRange;
import org.ybjg.inspection.sampling.domain.Exclusion;
import org.ybjg.inspection.sampling.domain.ForcedInclusion;
import org.ybjg.inspection.sampling.domain.InclusionReason;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.PlanKind;
import org.ybjg.inspection.sampling.domain.PopulationFilter;
import org.ybjg.inspection.sampling.domain.SamplingRuleException;
import org.ybjg.inspection.sampling.domain.StratumRule;
import org.ybjg.inspection.sampling.domain.TeamRule;

/** The JSON body of POST/PUT /api/inspection/plans (schema NewSamplingPlan). */
record PlanRequest(
    String name,
    String kind,
    String regionCode,
    Period period,
    LocalDate checkOn,
    String focus,
    Filter filter,
    List<StratumBody> strata,
    List<Inclusion> inclusions,
    List<ExclusionBody> exclusions,
    Integer excludeCheckedWithinMonths,
    TeamRuleBody teamRule) {

  record Period(LocalDate from, LocalDate to) {}

  record Filter(List<String> types, List<String> levels, List<String> ownerships, List<String> agreementStates) {}

  record StratumBody(String code, String label, List<String> types, List<String> levels, Integer topByFundPayment,
      Integer percent, Integer minimum, Boolean strict) {}

  record Inclusion(String institutionId, String reason, String note) {}

  record ExclusionBody(String institutionId, String reason) {}

  record TeamRuleBody(Integer officers, String expertSpecialty, Integer loadCap, Integer recusalMonths,
      Boolean crossCheck, Map<String, String> pairing) {}

  PlanDefinition toDefinition() {
    if (period == null) {
      throw new SamplingRuleException("period", "须指明检查期间 (period is required)");
    }
    return new PlanDefinition(name, kind == null ? null : enumOf(PlanKind.class, kind, "kind"), regionCode,
        new DateRange(period.from(), period.to()), checkOn, focus,
        filter == null ? null
            : new PopulationFilter(filter.types(), filter.levels(), filter.ownerships(), filter.agreementStates()),
        strata == null ? null : strata.stream().map(s -> new StratumRule(s.code(), s.label(), s.types(), s.levels(),
            s.topByFundPayment(), s.percent() == null ? 0 : s.percent(), s.minimum() == null ? 0 : s.minimum(),
            Boolean.TRUE.equals(s.strict()))).toList(),
        inclusions == null ? null : inclusions.stream().map(i -> new ForcedInclusion(i.institutionId(),
            i.reason() == null ? null : enumOf(InclusionReason.class, i.reason(), "inclusions.reason"), i.note()))
            .toList(),
        exclusions == null ? null
            : exclusions.stream().map(e -> new Exclusion(e.institutionId(), e.reason())).toList(),
        excludeCheckedWithinMonths,
        teamRule == null ? null : new TeamRule(
            teamRule.officers() == null ? TeamRule.DEFAULT_OFFICERS : teamRule.officers(),
            teamRule.expertSpecialty(),
            teamRule.loadCap() == null ? Integer.valueOf(TeamRule.DEFAULT_LOAD_CAP) : teamRule.loadCap(),
            teamRule.recusalMonths() == null ? TeamRule.DEFAULT_RECUSAL_MONTHS : teamRule.recusalMonths(),
            Boolean.TRUE.equals(teamRule.crossCheck()), teamRule.pairing()));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String code, String field) {
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      throw new SamplingRuleException(field, "unknown code " + code);
    }
  }
}
