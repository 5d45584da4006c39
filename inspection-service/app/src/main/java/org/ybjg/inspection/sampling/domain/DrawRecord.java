package org.ybjg.inspection.sampling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.ceremony.domain.Ceremony;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.ceremony.domain.Official;

/**
 * The published record of one draw: everything a citizen needs to recompute it with
 * inspection-service/verifier/Verifier.java — the commitment and the revealed secret, the ceremony
 * (officials' digits in order), the seed, the population snapshot and its hash, strata, forced
 * inclusions and exclusions, the targets drawn, and for the teams: the team rule, the check day,
 * the roster snapshot (names, roles, home county, certificate validity, affiliations,
 * unavailability, specialties, open tasks — no certificate numbers), prior assignments within the
 * recusal window, the initial teams, the recusals with their replacements and the teams as they
 * stand. Its published JSON is written in the adapter layer ({@code sampling.PublishedDrawRecord}).
 */
public record DrawRecord(
    String planId,
    String ruleVersion,
    String commitment,
    String secret,
    List<Official> ceremony,
    String seed,
    String populationHash,
    Map<String, List<String>> population,
    List<Stratum> strata,
    Set<String> forcedIn,
    Set<String> forcedOut,
    List<StratifiedDraw.StratumResult> results,
    LocalDate checkOn,
    TeamRule teamRule,
    Map<String, String> targetCounties,
    List<RosterMember> roster,
    Set<String> priorAssignments,
    List<Team> initialTeams,
    List<Recusal> recusals,
    List<Team> teams,
    Map<String, Integer> weights) {

  public DrawRecord {
    weights = weights == null ? Map.of() : weights;
  }

  /**
   * What a draw starts from: the frozen plan and its publication, the ceremony, and the roster at
   * draw time.
   */
  public record Input(
      String planId,
      String ruleVersion,
      String commitment,
      String secret,
      List<Official> ceremony,
      Map<String, ? extends Collection<String>> population,
      List<Stratum> strata,
      Set<String> forcedIn,
      Set<String> forcedOut,
      LocalDate checkOn,
      TeamRule teamRule,
      Map<String, String> counties,
      List<RosterMember> roster,
      Set<String> priorAssignments,
      Map<String, Integer> weights) {

    /** An input without credit-grade weights. */
    public Input(
        String planId,
        String ruleVersion,
        String commitment,
        String secret,
        List<Official> ceremony,
        Map<String, ? extends Collection<String>> population,
        List<Stratum> strata,
        Set<String> forcedIn,
        Set<String> forcedOut,
        LocalDate checkOn,
        TeamRule teamRule,
        Map<String, String> counties,
        List<RosterMember> roster,
        Set<String> priorAssignments) {
      this(
          planId,
          ruleVersion,
          commitment,
          secret,
          ceremony,
          population,
          strata,
          forcedIn,
          forcedOut,
          checkOn,
          teamRule,
          counties,
          roster,
          priorAssignments,
          null);
    }
  }

  /** Draws targets and teams after checking the revealed secret against the commitment. */
  public static DrawRecord draw(Input in) {
    Commitment.requireRevealed(in.secret(), in.commitment());
    String seed = Ceremony.seed(in.ceremony(), in.secret());
    Map<String, List<String>> snapshot = new LinkedHashMap<>();
    in.population().forEach((k, v) -> snapshot.put(k, sortedDistinct(v)));
    List<StratifiedDraw.StratumResult> results =
        StratifiedDraw.draw(
            seed,
            in.strata(),
            snapshot,
            in.forcedIn(),
            in.forcedOut(),
            in.weights() == null ? Map.of() : in.weights());
    List<String> targets = targets(results);
    Map<String, String> targetCounties = new TreeMap<>();
    for (String t : targets) {
      targetCounties.put(t, in.counties().get(t));
    }
    Set<String> prior = new TreeSet<>();
    Set<String> targetSet = Set.copyOf(targets);
    for (String p : in.priorAssignments()) {
      if (targetSet.contains(p.substring(p.indexOf('|') + 1))) {
        prior.add(p);
      }
    }
    List<RosterMember> roster =
        in.roster().stream().sorted(java.util.Comparator.comparing(RosterMember::id)).toList();
    TeamAssignment assignment =
        new TeamAssignment(seed, in.teamRule(), in.checkOn(), roster, targetCounties, prior);
    List<Team> teams = assignment.assign(targets);
    return new DrawRecord(
        in.planId(),
        in.ruleVersion(),
        in.commitment(),
        in.secret(),
        List.copyOf(in.ceremony()),
        seed,
        StratifiedDraw.populationHash(snapshot),
        snapshot,
        List.copyOf(in.strata()),
        new TreeSet<>(in.forcedIn()),
        new TreeSet<>(in.forcedOut()),
        results,
        in.checkOn(),
        in.teamRule(),
        targetCounties,
        roster,
        prior,
        teams,
        List.of(),
        teams,
        in.weights() == null ? Map.of() : new TreeMap<>(in.weights()));
  }

  /**
   * The ids sorted and without repeats (an ArrayList sort: far cheaper than a TreeSet at a million
   * ids).
   */
  static List<String> sortedDistinct(Collection<String> ids) {
    String[] a = ids.toArray(String[]::new);
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (n == 0 || !a[i].equals(a[n - 1])) {
        a[n++] = a[i];
      }
    }
    return List.of(n == a.length ? a : Arrays.copyOf(a, n));
  }

  /**
   * Every drawn target in draw order: strata in plan order, targets in their stratum's draw order.
   */
  public List<String> targets() {
    return targets(results);
  }

  private static List<String> targets(List<StratifiedDraw.StratumResult> results) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (StratifiedDraw.StratumResult r : results) {
      for (String id : r.selected()) {
        if (seen.add(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }

  /**
   * The record after {@code inspectorId} recused from {@code targetId}: replayed from the seed,
   * then replaced.
   */
  public DrawRecord withRecusal(String targetId, String inspectorId, String reason, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("sampling-rule", "reason", "a recusal needs a reason (回避事由)");
    }
    TeamAssignment assignment = replay();
    TeamMember replacement = assignment.recuse(targetId, inspectorId);
    List<Recusal> all = new ArrayList<>(recusals);
    all.add(new Recusal(targetId, inspectorId, reason.strip(), replacement.inspectorId(), at));
    return new DrawRecord(
        planId,
        ruleVersion,
        commitment,
        secret,
        ceremony,
        seed,
        populationHash,
        population,
        strata,
        forcedIn,
        forcedOut,
        results,
        checkOn,
        teamRule,
        targetCounties,
        roster,
        priorAssignments,
        initialTeams,
        List.copyOf(all),
        assignment.teams(),
        weights);
  }

  private TeamAssignment replay() {
    TeamAssignment assignment =
        new TeamAssignment(seed, teamRule, checkOn, roster, targetCounties, priorAssignments);
    assignment.assign(targets());
    for (Recusal r : recusals) {
      assignment.recuse(r.targetId(), r.inspectorId());
    }
    return assignment;
  }

  /** The team of {@code targetId} as it stands, or null. */
  public Team teamOf(String targetId) {
    return teams.stream().filter(t -> t.targetId().equals(targetId)).findFirst().orElse(null);
  }
}
