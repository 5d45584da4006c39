package org.ybjg.inspection.sampling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.RosterMember;
import org.ybjg.inspection.sampling.domain.StratifiedDraw;
import org.ybjg.inspection.sampling.domain.Stratum;
import org.ybjg.inspection.sampling.domain.Team;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public draw record as served by {@code GET /api/inspection/public/draws/{id}/record} and read
 * by inspection-service/verifier/Verifier.java; its JSON Schema is {@code
 * records/draw-record.schema.json} in the api module. Components are written in declaration order:
 * the published format (and the records citizens saved) keeps its field order. Dates and instants
 * are ISO-8601 text, absent values are written as {@code null}.
 */
public record PublishedDrawRecord(
    String planId,
    String ruleVersion,
    String commitment,
    String secret,
    List<Entry> ceremony,
    String seed,
    String populationHash,
    Collection<String> forcedIn,
    Collection<String> forcedOut,
    List<StratumDrawn> strata,
    String checkOn,
    TeamRuleView teamRule,
    Map<String, String> targetCounties,
    List<Inspector> roster,
    Collection<String> priorAssignments,
    List<TeamView> initialTeams,
    List<RecusalView> recusals,
    List<TeamView> teams,
    Map<String, Integer> weights) {

  /**
   * A mapper of its own, not the application's: the published bytes must not change with the
   * service's JSON settings. No alphabetical sorting (Jackson 3's default), declaration order
   * instead.
   */
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  public record Entry(String name, String role, String digits, String at) {}

  public record StratumDrawn(
      String code,
      int percent,
      int minimum,
      int quota,
      int shortfall,
      List<String> population,
      List<String> selected) {}

  public record TeamRuleView(
      int officers,
      String expertSpecialty,
      Integer loadCap,
      int recusalMonths,
      boolean crossCheck,
      Map<String, String> pairing) {}

  public record Inspector(
      String id,
      String name,
      String role,
      String homeCountyCode,
      String certificateValidUntil,
      List<String> affiliations,
      List<Period> unavailable,
      List<String> specialties,
      int openTasks) {}

  public record Period(String from, String to) {}

  public record TeamView(String targetId, List<Member> members) {}

  public record Member(String inspectorId, String name, String role, String kind) {}

  public record RecusalView(
      String targetId, String inspectorId, String reason, String replacementId, String at) {}

  public static PublishedDrawRecord of(DrawRecord r) {
    List<StratumDrawn> strata = new ArrayList<>(r.strata().size());
    for (int i = 0; i < r.strata().size(); i++) {
      Stratum s = r.strata().get(i);
      StratifiedDraw.StratumResult result = r.results().get(i);
      strata.add(
          new StratumDrawn(
              s.code(),
              s.percent(),
              s.minimum(),
              result.quota(),
              result.shortfall(),
              r.population().getOrDefault(s.code(), List.of()),
              result.selected()));
    }
    return new PublishedDrawRecord(
        r.planId(),
        r.ruleVersion(),
        r.commitment(),
        r.secret(),
        r.ceremony().stream()
            .map(o -> new Entry(o.name(), o.role(), o.digits(), text(o.at())))
            .toList(),
        r.seed(),
        r.populationHash(),
        r.forcedIn(),
        r.forcedOut(),
        strata,
        text(r.checkOn()),
        new TeamRuleView(
            r.teamRule().officers(),
            r.teamRule().expertSpecialty(),
            r.teamRule().loadCap(),
            r.teamRule().recusalMonths(),
            r.teamRule().crossCheck(),
            r.teamRule().pairing()),
        r.targetCounties(),
        r.roster().stream().map(PublishedDrawRecord::inspector).toList(),
        r.priorAssignments(),
        teams(r.initialTeams()),
        r.recusals().stream()
            .map(
                x ->
                    new RecusalView(
                        x.targetId(), x.inspectorId(), x.reason(), x.replacementId(), text(x.at())))
            .toList(),
        teams(r.teams()),
        new TreeMap<>(r.weights()));
  }

  /** The record as JSON, compact, UTF-8 text. */
  public String toJson() {
    return JSON.writeValueAsString(this);
  }

  private static Inspector inspector(RosterMember m) {
    return new Inspector(
        m.id(),
        m.name(),
        m.role(),
        m.homeCountyCode(),
        text(m.certificateValidUntil()),
        m.affiliations(),
        m.unavailable().stream()
            .map(d -> new Period(d.from().toString(), d.to().toString()))
            .toList(),
        m.specialties(),
        m.openTasks());
  }

  private static List<TeamView> teams(List<Team> teams) {
    return teams.stream()
        .map(
            t ->
                new TeamView(
                    t.targetId(),
                    t.members().stream()
                        .map(m -> new Member(m.inspectorId(), m.name(), m.role(), m.kind()))
                        .toList()))
        .toList();
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
