package org.ybjg.inspection.sampling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.api.model.NewSamplingPlanDto;
import org.ybjg.inspection.api.model.PopulationFilterDto;
import org.ybjg.inspection.api.model.SamplingPlanChangesDto;
import org.ybjg.inspection.api.model.StratumRuleDto;
import org.ybjg.inspection.api.model.TeamRuleDto;
import org.ybjg.inspection.directory.domain.AgreementState;
import org.ybjg.inspection.directory.domain.InstitutionLevel;
import org.ybjg.inspection.directory.domain.InstitutionType;
import org.ybjg.inspection.directory.domain.Ownership;
import org.ybjg.inspection.roster.domain.Specialty;
import org.ybjg.inspection.sampling.domain.Agencies;
import org.ybjg.inspection.sampling.domain.DateRange;
import org.ybjg.inspection.sampling.domain.Exclusion;
import org.ybjg.inspection.sampling.domain.ForcedInclusion;
import org.ybjg.inspection.sampling.domain.InclusionReason;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.PlanKind;
import org.ybjg.inspection.sampling.domain.PopulationFilter;
import org.ybjg.inspection.sampling.domain.StratumRule;
import org.ybjg.inspection.sampling.domain.TeamRule;

/**
 * A plan definition as sent (schemas NewSamplingPlan and SamplingPlanChanges), before the domain's
 * rules check it; an absent field is null, so a PATCH keeps the draft's value.
 */
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
    TeamRuleBody teamRule,
    Map<String, Integer> creditWeights) {

  record Period(LocalDate from, LocalDate to) {}

  record Filter(
      List<String> types,
      List<String> levels,
      List<String> ownerships,
      List<String> agreementStates) {}

  record StratumBody(
      String code,
      String label,
      List<String> types,
      List<String> levels,
      Integer topByFundPayment,
      Integer percent,
      Integer minimum,
      Boolean strict) {}

  record Inclusion(String institutionId, String reason, String note) {}

  record ExclusionBody(String institutionId, String reason) {}

  record TeamRuleBody(
      Integer officers,
      String expertSpecialty,
      Integer loadCap,
      Integer recusalMonths,
      Boolean crossCheck,
      Map<String, String> pairing) {}

  static PlanRequest of(NewSamplingPlanDto b) {
    return new PlanRequest(
        b.getName(),
        b.getKind() == null ? null : b.getKind().getValue(),
        b.getRegionCode(),
        b.getPeriod() == null ? null : new Period(b.getPeriod().getFrom(), b.getPeriod().getTo()),
        b.getCheckOn(),
        b.getFocus(),
        filter(b.getFilter()),
        map(b.getStrata(), PlanRequest::stratum),
        map(
            b.getInclusions(),
            i ->
                new Inclusion(
                    i.getInstitutionId(),
                    i.getReason() == null ? null : i.getReason().getValue(),
                    i.getNote())),
        map(b.getExclusions(), e -> new ExclusionBody(e.getInstitutionId(), e.getReason())),
        b.getExcludeCheckedWithinMonths(),
        teamRule(b.getTeamRule()),
        b.getCreditWeights());
  }

  static PlanRequest of(SamplingPlanChangesDto b) {
    return new PlanRequest(
        b.getName(),
        b.getKind() == null ? null : b.getKind().getValue(),
        b.getRegionCode(),
        b.getPeriod() == null ? null : new Period(b.getPeriod().getFrom(), b.getPeriod().getTo()),
        b.getCheckOn(),
        b.getFocus(),
        filter(b.getFilter()),
        map(b.getStrata(), PlanRequest::stratum),
        map(
            b.getInclusions(),
            i ->
                new Inclusion(
                    i.getInstitutionId(),
                    i.getReason() == null ? null : i.getReason().getValue(),
                    i.getNote())),
        map(b.getExclusions(), e -> new ExclusionBody(e.getInstitutionId(), e.getReason())),
        b.getExcludeCheckedWithinMonths(),
        teamRule(b.getTeamRule()),
        b.getCreditWeights());
  }

  private static Filter filter(PopulationFilterDto f) {
    return f == null
        ? null
        : new Filter(
            map(f.getTypes(), x -> x.getValue()),
            map(f.getLevels(), x -> x.getValue()),
            map(f.getOwnerships(), x -> x.getValue()),
            map(f.getAgreementStates(), x -> x.getValue()));
  }

  private static StratumBody stratum(StratumRuleDto r) {
    return new StratumBody(
        r.getCode(),
        r.getLabel(),
        map(r.getTypes(), x -> x.getValue()),
        map(r.getLevels(), x -> x.getValue()),
        r.getTopByFundPayment(),
        r.getPercent(),
        r.getMinimum(),
        r.getStrict());
  }

  private static TeamRuleBody teamRule(TeamRuleDto t) {
    return t == null
        ? null
        : new TeamRuleBody(
            t.getOfficers(),
            t.getExpertSpecialty() == null ? null : t.getExpertSpecialty().getValue(),
            t.getLoadCap(),
            t.getRecusalMonths(),
            t.getCrossCheck(),
            t.getPairing());
  }

  /** Maps each element; a null element stays null for the domain's checks to name. */
  private static <T, R> List<R> map(List<T> values, Function<T, R> mapping) {
    return values == null
        ? null
        : values.stream().map(v -> v == null ? null : mapping.apply(v)).toList();
  }

  /**
   * A PATCH: the fields present replace those of {@code base} (a nested object — period, filter,
   * team rule — and a list — strata, inclusions, exclusions — is replaced whole); absent fields
   * keep their value.
   */
  PlanDefinition mergedOnto(PlanDefinition base) {
    PlanRequest merged =
        new PlanRequest(
            name != null ? name : base.name(),
            kind != null ? kind : base.kind().name(),
            regionCode != null ? regionCode : base.regionCode(),
            period != null ? period : new Period(base.period().from(), base.period().to()),
            checkOn != null ? checkOn : period != null ? null : base.checkOn(),
            focus != null ? focus : base.focus(),
            filter != null
                ? filter
                : new Filter(
                    base.filter().types(),
                    base.filter().levels(),
                    base.filter().ownerships(),
                    base.filter().agreementStates()),
            strata != null
                ? strata
                : base.strata().stream()
                    .map(
                        r ->
                            new StratumBody(
                                r.code(),
                                r.label(),
                                r.types(),
                                r.levels(),
                                r.topByFundPayment(),
                                r.percent(),
                                r.minimum(),
                                r.strict()))
                    .toList(),
            inclusions != null
                ? inclusions
                : base.inclusions().stream()
                    .map(i -> new Inclusion(i.institutionId(), i.reason().name(), i.note()))
                    .toList(),
            exclusions != null
                ? exclusions
                : base.exclusions().stream()
                    .map(e -> new ExclusionBody(e.institutionId(), e.reason()))
                    .toList(),
            excludeCheckedWithinMonths != null
                ? excludeCheckedWithinMonths
                : base.excludeCheckedWithinMonths(),
            teamRule != null
                ? teamRule
                : new TeamRuleBody(
                    base.teamRule().officers(),
                    base.teamRule().expertSpecialty(),
                    base.teamRule().loadCap(),
                    base.teamRule().recusalMonths(),
                    base.teamRule().crossCheck(),
                    base.teamRule().pairing()),
            creditWeights != null ? creditWeights : base.creditWeights());
    return merged.toDefinition();
  }

  PlanDefinition toDefinition() {
    if (period == null) {
      throw Refusal.rule("sampling-rule", "period", "须指明检查期间 (period is required)");
    }
    if (filter != null) {
      codes(InstitutionType.class, filter.types(), "filter.types");
      codes(InstitutionLevel.class, filter.levels(), "filter.levels");
      codes(Ownership.class, filter.ownerships(), "filter.ownerships");
      codes(AgreementState.class, filter.agreementStates(), "filter.agreementStates");
    }
    if (strata != null) {
      for (StratumBody st : strata) {
        if (st.types()
            != null) { // AGENCY: the handling agencies (吕医保发〔2021〕36号 §(三)1), not an institution
          // type
          codes(
              InstitutionType.class,
              st.types().stream().filter(t -> !Agencies.TYPE.equals(t)).toList(),
              "strata.types");
        }
        codes(InstitutionLevel.class, st.levels(), "strata.levels");
      }
    }
    if (teamRule != null && teamRule.expertSpecialty() != null) {
      codes(Specialty.class, List.of(teamRule.expertSpecialty()), "teamRule.expertSpecialty");
    }
    return new PlanDefinition(
        name,
        kind == null ? null : enumOf(PlanKind.class, kind, "kind"),
        regionCode,
        new DateRange(period.from(), period.to()),
        checkOn,
        focus,
        filter == null
            ? null
            : new PopulationFilter(
                filter.types(), filter.levels(), filter.ownerships(), filter.agreementStates()),
        strata == null
            ? null
            : strata.stream()
                .map(
                    s ->
                        new StratumRule(
                            s.code(),
                            s.label(),
                            s.types(),
                            s.levels(),
                            s.topByFundPayment(),
                            s.percent() == null ? 0 : s.percent(),
                            s.minimum() == null ? 0 : s.minimum(),
                            Boolean.TRUE.equals(s.strict())))
                .toList(),
        inclusions == null
            ? null
            : inclusions.stream()
                .map(
                    i ->
                        new ForcedInclusion(
                            i.institutionId(),
                            i.reason() == null
                                ? null
                                : enumOf(InclusionReason.class, i.reason(), "inclusions.reason"),
                            i.note()))
                .toList(),
        exclusions == null
            ? null
            : exclusions.stream().map(e -> new Exclusion(e.institutionId(), e.reason())).toList(),
        excludeCheckedWithinMonths,
        teamRule == null
            ? null
            : new TeamRule(
                teamRule.officers() == null ? TeamRule.DEFAULT_OFFICERS : teamRule.officers(),
                teamRule.expertSpecialty(),
                teamRule.loadCap() == null
                    ? Integer.valueOf(TeamRule.DEFAULT_LOAD_CAP)
                    : teamRule.loadCap(),
                teamRule.recusalMonths() == null
                    ? TeamRule.DEFAULT_RECUSAL_MONTHS
                    : teamRule.recusalMonths(),
                Boolean.TRUE.equals(teamRule.crossCheck()),
                teamRule.pairing()),
        creditWeights);
  }

  private static <E extends Enum<E>> void codes(Class<E> type, List<String> values, String field) {
    if (values != null) {
      values.forEach(v -> enumOf(type, v, field));
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String code, String field) {
    if (code == null) {
      throw Refusal.rule("sampling-rule", field, "a code is missing");
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      throw Refusal.rule("sampling-rule", field, "unknown code " + code);
    }
  }
}
