package org.ybjg.inspection.sampling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.ybjg.inspection.api.model.AgreementStateDto;
import org.ybjg.inspection.api.model.DatePeriodDto;
import org.ybjg.inspection.api.model.DrawRecusalDto;
import org.ybjg.inspection.api.model.DrawStratumDto;
import org.ybjg.inspection.api.model.DrawTeamDto;
import org.ybjg.inspection.api.model.InclusionReasonDto;
import org.ybjg.inspection.api.model.InspectorRoleDto;
import org.ybjg.inspection.api.model.InstitutionLevelDto;
import org.ybjg.inspection.api.model.InstitutionTypeDto;
import org.ybjg.inspection.api.model.OwnershipDto;
import org.ybjg.inspection.api.model.PlanExclusionDto;
import org.ybjg.inspection.api.model.PlanInclusionDto;
import org.ybjg.inspection.api.model.PopulationFilterDto;
import org.ybjg.inspection.api.model.SamplingPlanCeremonyDto;
import org.ybjg.inspection.api.model.SamplingPlanCeremonyOfficialsInnerDto;
import org.ybjg.inspection.api.model.SamplingPlanDrawDto;
import org.ybjg.inspection.api.model.SamplingPlanDto;
import org.ybjg.inspection.api.model.SamplingPlanPublicationDto;
import org.ybjg.inspection.api.model.SamplingPlanPublicationStrataInnerDto;
import org.ybjg.inspection.api.model.SpecialtyDto;
import org.ybjg.inspection.api.model.StratumRuleDto;
import org.ybjg.inspection.api.model.TeamMemberViewDto;
import org.ybjg.inspection.api.model.TeamRuleDto;
import org.ybjg.inspection.ceremony.domain.Ceremony;
import org.ybjg.inspection.common.domain.Coded;
import org.ybjg.inspection.roster.domain.InspectorRole;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.Exclusion;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.PopulationFilter;
import org.ybjg.inspection.sampling.domain.Publication;
import org.ybjg.inspection.sampling.domain.Recusal;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.StratifiedDraw;
import org.ybjg.inspection.sampling.domain.StratumRule;
import org.ybjg.inspection.sampling.domain.Team;
import org.ybjg.inspection.sampling.domain.TeamMember;
import org.ybjg.inspection.sampling.domain.TeamRule;

/**
 * A plan in the contract's shape (schema SamplingPlan), staff or public. The public shape leaves
 * out usernames and the notes of forced inclusions (a tip-off's content is not public); the
 * server's secret appears only once revealed.
 */
public final class PlanViews {

  private PlanViews() {}

  public static SamplingPlanDto staff(SamplingPlan plan) {
    return view(plan, false);
  }

  public static SamplingPlanDto publicView(SamplingPlan plan) {
    return view(plan, true);
  }

  private static SamplingPlanDto view(SamplingPlan plan, boolean isPublic) {
    PlanDefinition d = plan.definition();
    return new SamplingPlanDto()
        .id(plan.id())
        .name(d.name())
        .kind(d.kind().name())
        .kindLabel(d.kind().label())
        .regionCode(d.regionCode())
        .period(new DatePeriodDto().from(d.period().from()).to(d.period().to()))
        .checkOn(d.checkOn())
        .focus(d.focus())
        .filter(filter(d.filter()))
        .strata(map(d.strata(), PlanViews::stratumRule))
        .inclusions(
            map(
                d.inclusions(),
                i ->
                    new PlanInclusionDto()
                        .institutionId(i.institutionId())
                        .reason(InclusionReasonDto.fromValue(i.reason().name()))
                        .reasonLabel(i.reason().label())
                        .note(isPublic ? null : i.note())))
        .exclusions(map(d.exclusions(), PlanViews::exclusion))
        .excludeCheckedWithinMonths(d.excludeCheckedWithinMonths())
        .teamRule(teamRule(d.teamRule()))
        .creditWeights(d.creditWeights())
        .status(SamplingPlanDto.StatusEnum.fromValue(plan.status().name()))
        .statusLabel(plan.status().label())
        .createdBy(isPublic ? null : plan.createdBy())
        .createdAt(utc(plan.createdAt()))
        .publication(publication(plan.publication(), isPublic))
        .ceremony(ceremony(plan.ceremony(), isPublic))
        .draw(draw(plan.id(), plan.draw()))
        .drawnAt(utc(plan.drawnAt()))
        .taskCount(plan.tasks().size());
  }

  private static PopulationFilterDto filter(PopulationFilter f) {
    if (f == null) {
      return null;
    }
    return new PopulationFilterDto()
        .types(map(f.types(), InstitutionTypeDto::fromValue))
        .levels(map(f.levels(), InstitutionLevelDto::fromValue))
        .ownerships(map(f.ownerships(), OwnershipDto::fromValue))
        .agreementStates(map(f.agreementStates(), AgreementStateDto::fromValue));
  }

  private static StratumRuleDto stratumRule(StratumRule r) {
    return new StratumRuleDto()
        .code(r.code())
        .label(r.label())
        .types(map(r.types(), StratumRuleDto.TypesEnum::fromValue))
        .levels(map(r.levels(), InstitutionLevelDto::fromValue))
        .topByFundPayment(r.topByFundPayment())
        .percent(r.percent())
        .minimum(r.minimum())
        .strict(r.strict());
  }

  private static TeamRuleDto teamRule(TeamRule t) {
    if (t == null) {
      return null;
    }
    return new TeamRuleDto()
        .officers(t.officers())
        .expertSpecialty(
            t.expertSpecialty() == null ? null : SpecialtyDto.fromValue(t.expertSpecialty()))
        .loadCap(t.loadCap())
        .recusalMonths(t.recusalMonths())
        .crossCheck(t.crossCheck())
        .pairing(t.pairing());
  }

  private static PlanExclusionDto exclusion(Exclusion e) {
    return new PlanExclusionDto().institutionId(e.institutionId()).reason(e.reason());
  }

  private static SamplingPlanPublicationDto publication(Publication p, boolean isPublic) {
    if (p == null) {
      return null;
    }
    return new SamplingPlanPublicationDto()
        .ruleVersion(p.ruleVersion())
        .populationHash(p.populationHash())
        .populationSize(p.sizes().stream().mapToInt(Publication.StratumSize::population).sum())
        .strata(
            map(
                p.sizes(),
                s ->
                    new SamplingPlanPublicationStrataInnerDto()
                        .code(s.code())
                        .population(s.population())
                        .quota(s.quota())
                        .shortfall(s.shortfall())))
        .forcedIn(p.forcedIn())
        .forcedOut(map(p.forcedOut(), PlanViews::exclusion))
        .commitment(p.commitment())
        .commitmentSuppliedByBureau(p.commitmentSuppliedByBureau())
        .publishedBy(isPublic ? null : p.publishedBy())
        .publishedAt(utc(p.publishedAt()));
  }

  private static SamplingPlanCeremonyDto ceremony(Ceremony c, boolean isPublic) {
    if (c == null) {
      return null;
    }
    return new SamplingPlanCeremonyDto()
        .officials(
            map(
                c.officials(),
                o ->
                    new SamplingPlanCeremonyOfficialsInnerDto()
                        .name(o.name())
                        .role(o.role())
                        .digits(o.digits())
                        .at(utc(o.at()))))
        .revealedSecret(c.secret())
        .seed(c.seed())
        .recordedBy(isPublic ? null : c.recordedBy())
        .at(utc(c.at()));
  }

  private static SamplingPlanDrawDto draw(String planId, DrawRecord r) {
    if (r == null) {
      return null;
    }
    return new SamplingPlanDrawDto()
        .drawId(planId)
        .recordUrl("/api/inspection/public/draws/" + planId + "/record")
        .strata(map(r.results(), PlanViews::stratum))
        .teams(map(r.teams(), PlanViews::team))
        .recusals(map(r.recusals(), PlanViews::recusal));
  }

  private static DrawStratumDto stratum(StratifiedDraw.StratumResult s) {
    return new DrawStratumDto()
        .code(s.stratum())
        .population(s.population())
        .quota(s.quota())
        .shortfall(s.shortfall())
        .selected(s.selected());
  }

  static DrawRecusalDto recusal(Recusal x) {
    return new DrawRecusalDto()
        .targetId(x.targetId())
        .inspectorId(x.inspectorId())
        .reason(x.reason())
        .replacementId(x.replacementId())
        .at(utc(x.at()));
  }

  static DrawTeamDto team(Team t) {
    return new DrawTeamDto().targetId(t.targetId()).members(members(t.members()));
  }

  public static List<TeamMemberViewDto> members(List<TeamMember> members) {
    return map(
        members,
        x ->
            new TeamMemberViewDto()
                .inspectorId(x.inspectorId())
                .name(x.name())
                .role(x.role() == null ? null : InspectorRoleDto.fromValue(x.role()))
                .roleLabel(Coded.labelOf(InspectorRole.class, x.role()))
                .kind(x.kind() == null ? null : TeamMemberViewDto.KindEnum.fromValue(x.kind())));
  }

  /** Instants are UTC on the wire (the contract's date-time). */
  public static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  private static <T, R> List<R> map(List<T> values, Function<T, R> mapping) {
    return values == null ? null : values.stream().map(mapping).toList();
  }
}
