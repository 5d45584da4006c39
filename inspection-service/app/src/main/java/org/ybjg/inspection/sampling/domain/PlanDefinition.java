package org.ybjg.inspection.sampling.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ybjg.chassis.domain.Refusal;

/**
 * What a bureau writes down before a draw (随机抽取的原则、程序和具体办法, docs/domain.md#inspection): scope,
 * period, check day, population filter, strata with quotas, forced inclusions and exclusions, and
 * the team rule. Editable only while the plan is a draft.
 *
 * @param regionCode the scope: this region's subtree
 * @param checkOn the day teams check (availability and certificates are judged on it); default: the
 *     period's start
 * @param excludeCheckedWithinMonths leave out institutions with a finding or task within this many
 *     months, or null
 */
public record PlanDefinition(
    String name,
    PlanKind kind,
    String regionCode,
    DateRange period,
    LocalDate checkOn,
    String focus,
    PopulationFilter filter,
    List<StratumRule> strata,
    List<ForcedInclusion> inclusions,
    List<Exclusion> exclusions,
    Integer excludeCheckedWithinMonths,
    TeamRule teamRule,
    Map<String, Integer> creditWeights) {

  /** A plan without credit-grade weighting. */
  public PlanDefinition(
      String name,
      PlanKind kind,
      String regionCode,
      DateRange period,
      LocalDate checkOn,
      String focus,
      PopulationFilter filter,
      List<StratumRule> strata,
      List<ForcedInclusion> inclusions,
      List<Exclusion> exclusions,
      Integer excludeCheckedWithinMonths,
      TeamRule teamRule) {
    this(
        name,
        kind,
        regionCode,
        period,
        checkOn,
        focus,
        filter,
        strata,
        inclusions,
        exclusions,
        excludeCheckedWithinMonths,
        teamRule,
        null);
  }

  /**
   * The draw weight of an institution of {@code creditGrade}: 1 unless the plan weights that grade.
   */
  public int weightOf(String creditGrade) {
    return creditGrade == null ? 1 : creditWeights.getOrDefault(creditGrade, 1);
  }

  public PlanDefinition {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw Refusal.rule(
          "sampling-rule", "name", "计划名称不能为空且不超过200字 (name is required, at most 200 characters)");
    }
    name = name.strip();
    if (kind == null) {
      throw Refusal.rule("sampling-rule", "kind", "须指明计划类型 (kind is required)");
    }
    if (period == null) {
      throw Refusal.rule("sampling-rule", "period", "须指明检查期间 (period is required)");
    }
    checkOn = checkOn == null ? period.from() : checkOn;
    if (!period.contains(checkOn)) {
      throw Refusal.rule(
          "sampling-rule", "checkOn", "检查日须在检查期间内 (checkOn must lie within the period)");
    }
    filter = filter == null ? PopulationFilter.defaults() : filter;
    strata =
        strata == null || strata.isEmpty()
            ? (kind == PlanKind.RECHECK ? StratumRule.recheckDefaults() : List.of())
            : List.copyOf(strata);
    if (strata.isEmpty()) {
      throw Refusal.rule("sampling-rule", "strata", "须至少设定一个分层 (at least one stratum is required)");
    }
    Set<String> codes = new HashSet<>();
    for (StratumRule s : strata) {
      if (!codes.add(s.code())) {
        throw Refusal.rule(
            "sampling-rule", "strata.code", "stratum code " + s.code() + " is used twice");
      }
    }
    inclusions = inclusions == null ? List.of() : List.copyOf(inclusions);
    exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    Set<String> in = new HashSet<>();
    inclusions.forEach(i -> in.add(i.institutionId()));
    for (Exclusion e : exclusions) {
      if (in.contains(e.institutionId())) {
        throw Refusal.rule(
            "sampling-rule",
            "exclusions",
            "institution " + e.institutionId() + " is both forced in and excluded");
      }
    }
    if (excludeCheckedWithinMonths != null
        && (excludeCheckedWithinMonths < 1 || excludeCheckedWithinMonths > 60)) {
      throw Refusal.rule("sampling-rule", "excludeCheckedWithinMonths", "must be 1 to 60 months");
    }
    teamRule = teamRule == null ? TeamRule.defaults() : teamRule;
    // docs/law.md#double-random: sampling frequency may follow credit grade — worse grade, higher
    // weight (1 to 10)
    creditWeights = creditWeights == null ? Map.of() : new TreeMap<>(creditWeights);
    creditWeights.forEach(
        (grade, weight) -> {
          if (grade == null
              || grade.isBlank()
              || grade.length() > 10
              || weight == null
              || weight < 1
              || weight > 10) {
            throw Refusal.rule(
                "sampling-rule", "creditWeights", "信用等级权重须为1至10的整数 (a grade's weight is 1 to 10)");
          }
        });
  }
}
