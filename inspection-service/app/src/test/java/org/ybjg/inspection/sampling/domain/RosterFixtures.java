package org.ybjg.inspection.sampling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.ceremony.domain.Official;

/** Rosters and draw inputs for the sampling domain tests. */
final class RosterFixtures {

  static final LocalDate CHECK_ON = LocalDate.of(2026, 10, 12);

  private RosterFixtures() {}

  static RosterMember officer(String id, String county) {
    return new RosterMember(
        id,
        "执法员" + id,
        RosterMember.OFFICER,
        county,
        CHECK_ON.plusYears(1),
        List.of(),
        List.of(),
        List.of(),
        0);
  }

  static RosterMember expert(String id, String county, String specialty) {
    return new RosterMember(
        id, "专家" + id, "MEDICAL_EXPERT", county, null, List.of(), List.of(), List.of(specialty), 0);
  }

  /** {@code n} officers in each of the counties. */
  static List<RosterMember> officers(int n, String... counties) {
    List<RosterMember> out = new ArrayList<>();
    for (String c : counties) {
      IntStream.range(0, n).forEach(i -> out.add(officer("o-" + c + "-" + i, c)));
    }
    return out;
  }

  static DrawRecord.Input input(List<RosterMember> roster, TeamRule rule, Set<String> prior) {
    Map<String, List<String>> population = new LinkedHashMap<>();
    population.put("TERTIARY", IntStream.range(0, 9).mapToObj(i -> "t-" + i).toList());
    population.put("SECONDARY", IntStream.range(0, 40).mapToObj(i -> "s-" + i).toList());
    population.put("TOP30", IntStream.range(0, 5).mapToObj(i -> "f-" + i).toList());
    Map<String, String> counties = new LinkedHashMap<>();
    population
        .values()
        .forEach(
            ids ->
                ids.forEach(id -> counties.put(id, id.hashCode() % 2 == 0 ? "990102" : "990103")));
    String secret = "7d2c0f5e9a1b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d";
    return new DrawRecord.Input(
        "plan-1",
        "2026.1",
        Commitment.of(secret),
        secret,
        List.of(
            new Official("张三", "市医保局副局长", "3141", Instant.parse("2026-10-01T02:00:00Z")),
            new Official("李四", "纪检监察员", "2718", Instant.parse("2026-10-01T02:01:00Z"))),
        population,
        List.of(
            new Stratum("TERTIARY", 50, 0),
            new Stratum("SECONDARY", 30, 0),
            new Stratum("TOP30", 10, 10)),
        Set.of("s-7"),
        Set.of("t-1"),
        CHECK_ON,
        rule,
        counties,
        roster,
        prior);
  }

  /** The default input with credit-grade weights: every third secondary hospital weighs 5. */
  static DrawRecord.Input weightedInput() {
    DrawRecord.Input in = input();
    Map<String, Integer> weights = new LinkedHashMap<>();
    IntStream.range(0, 40).filter(i -> i % 3 == 0).forEach(i -> weights.put("s-" + i, 5));
    return new DrawRecord.Input(
        in.planId(),
        in.ruleVersion(),
        in.commitment(),
        in.secret(),
        in.ceremony(),
        in.population(),
        in.strata(),
        in.forcedIn(),
        in.forcedOut(),
        in.checkOn(),
        in.teamRule(),
        in.counties(),
        in.roster(),
        in.priorAssignments(),
        weights);
  }

  static DrawRecord.Input input() {
    List<RosterMember> roster = new ArrayList<>(officers(12, "990102", "990103"));
    roster.add(expert("e-1", "990102", "MEDICAL"));
    roster.add(expert("e-2", "990103", "MEDICAL"));
    roster.add(expert("e-3", "990103", "DRUG"));
    return input(roster, new TeamRule(2, "MEDICAL", 20, 12, true, Map.of()), Set.of());
  }
}
