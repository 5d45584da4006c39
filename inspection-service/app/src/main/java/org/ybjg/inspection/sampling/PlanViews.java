package org.ybjg.inspection.sampling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ybjg.inspection.ceremony.domain.Ceremony;
import org.ybjg.inspection.common.domain.Coded;
import org.ybjg.inspection.roster.domain.InspectorRole;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.Publication;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.StratifiedDraw;
import org.ybjg.inspection.sampling.domain.Team;

/**
 * The JSON shape of a plan (schemas SamplingPlan and PublicSamplingPlan). The public shape leaves
 * out usernames and the notes of forced inclusions (a tip-off's content is not public); the
 * server's secret appears only once revealed.
 */
public final class PlanViews {

  private PlanViews() {}

  public static Map<String, Object> staff(SamplingPlan plan) {
    return view(plan, false);
  }

  public static Map<String, Object> publicView(SamplingPlan plan) {
    return view(plan, true);
  }

  private static Map<String, Object> view(SamplingPlan plan, boolean isPublic) {
    PlanDefinition d = plan.definition();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", plan.id());
    v.put("name", d.name());
    v.put("kind", d.kind().name());
    v.put("kindLabel", d.kind().label());
    v.put("regionCode", d.regionCode());
    v.put("period", Map.of("from", d.period().from().toString(), "to", d.period().to().toString()));
    v.put("checkOn", d.checkOn().toString());
    v.put("focus", d.focus());
    v.put("filter", d.filter());
    v.put("strata", d.strata());
    v.put(
        "inclusions",
        d.inclusions().stream()
            .map(
                i -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("institutionId", i.institutionId());
                  m.put("reason", i.reason().name());
                  m.put("reasonLabel", i.reason().label());
                  if (!isPublic) {
                    m.put("note", i.note());
                  }
                  return m;
                })
            .toList());
    v.put("exclusions", d.exclusions());
    v.put("excludeCheckedWithinMonths", d.excludeCheckedWithinMonths());
    v.put("teamRule", d.teamRule());
    v.put("creditWeights", d.creditWeights());
    v.put("status", plan.status().name());
    v.put("statusLabel", plan.status().label());
    if (!isPublic) {
      v.put("createdBy", plan.createdBy());
    }
    v.put("createdAt", plan.createdAt());
    v.put("publication", publication(plan.publication(), isPublic));
    v.put("ceremony", ceremony(plan.ceremony(), isPublic));
    v.put("draw", draw(plan.id(), plan.draw()));
    v.put("drawnAt", plan.drawnAt());
    v.put("taskCount", plan.tasks().size());
    return v;
  }

  private static Map<String, Object> publication(Publication p, boolean isPublic) {
    if (p == null) {
      return null;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("ruleVersion", p.ruleVersion());
    v.put("populationHash", p.populationHash());
    v.put("populationSize", p.sizes().stream().mapToInt(Publication.StratumSize::population).sum());
    v.put("strata", p.sizes());
    v.put("forcedIn", p.forcedIn());
    v.put("forcedOut", p.forcedOut());
    v.put("commitment", p.commitment());
    v.put("commitmentSuppliedByBureau", p.commitmentSuppliedByBureau());
    if (!isPublic) {
      v.put("publishedBy", p.publishedBy());
    }
    v.put("publishedAt", p.publishedAt());
    return v;
  }

  private static Map<String, Object> ceremony(Ceremony c, boolean isPublic) {
    if (c == null) {
      return null;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("officials", c.officials());
    v.put("revealedSecret", c.secret());
    v.put("seed", c.seed());
    if (!isPublic) {
      v.put("recordedBy", c.recordedBy());
    }
    v.put("at", c.at());
    return v;
  }

  private static Map<String, Object> draw(String planId, DrawRecord r) {
    if (r == null) {
      return null;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("drawId", planId);
    v.put("recordUrl", "/api/inspection/public/draws/" + planId + "/record");
    v.put("strata", r.results().stream().map(PlanViews::stratum).toList());
    v.put("teams", r.teams().stream().map(PlanViews::team).toList());
    v.put(
        "recusals",
        r.recusals().stream()
            .map(
                x -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("targetId", x.targetId());
                  m.put("inspectorId", x.inspectorId());
                  m.put("reason", x.reason());
                  m.put("replacementId", x.replacementId());
                  m.put("at", x.at());
                  return m;
                })
            .toList());
    return v;
  }

  private static Map<String, Object> stratum(StratifiedDraw.StratumResult s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", s.stratum());
    m.put("population", s.population());
    m.put("quota", s.quota());
    m.put("shortfall", s.shortfall());
    m.put("selected", s.selected());
    return m;
  }

  static Map<String, Object> team(Team t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("targetId", t.targetId());
    m.put("members", members(t.members()));
    return m;
  }

  public static List<Map<String, Object>> members(
      List<org.ybjg.inspection.sampling.domain.TeamMember> members) {
    return members.stream()
        .map(
            x -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("inspectorId", x.inspectorId());
              m.put("name", x.name());
              m.put("role", x.role());
              m.put("roleLabel", Coded.labelOf(InspectorRole.class, x.role()));
              m.put("kind", x.kind());
              return m;
            })
        .toList();
  }
}
