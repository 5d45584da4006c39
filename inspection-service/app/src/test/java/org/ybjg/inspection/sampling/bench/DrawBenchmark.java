package org.ybjg.inspection.sampling.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.RosterMember;
import org.ybjg.inspection.sampling.domain.Stratum;
import org.ybjg.inspection.sampling.domain.TeamRule;

/**
 * Main-method companion of the JMH benchmark (src/jmh/java, profile {@code jmh}): the same draw
 * (population snapshot and hash, stratified draw, teams of 2 officers + 1 expert, cross-county,
 * load cap; 50 counties, 5,000 inspectors) reporting wall-clock AND thread CPU time, which stays
 * meaningful on a machine shared with other builds. Not a test (the name does not end in Test/IT).
 * Run after {@code test-compile}: {@code java -Xmx2g -cp
 * inspection-service/app/target/classes:inspection-service/app/target/test-classes
 * org.ybjg.inspection.sampling.bench.DrawBenchmark [sizes...]}.
 */
public final class DrawBenchmark {

  private static final int COUNTIES = 50;
  private static final int ROSTER = 5_000;
  private static final String[] LEVELS = {"TERTIARY", "SECONDARY", "PRIMARY", "PHARMACY"};

  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {10_000, 100_000, 1_000_000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int n : sizes) {
      DrawRecord.Input base = input(n);
      int warm = n >= 1_000_000 ? 1 : 5;
      for (int i = 0; i < warm; i++) {
        DrawRecord.draw(reseeded(base, i));
      }
      int runs = n >= 1_000_000 ? 3 : 10;
      long bestWall = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      int targets = 0;
      for (int i = 0; i < runs; i++) {
        DrawRecord.Input in = reseeded(base, 100 + i);
        long c = cpu.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        targets = DrawRecord.draw(in).targets().size();
        bestWall = Math.min(bestWall, System.nanoTime() - t);
        bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - c);
      }
      System.out.printf(
          "draw+teams n=%,d (%,d targets, %,d inspectors): best wall %.0f ms, best CPU %.0f ms%n",
          n, targets, ROSTER, bestWall / 1e6, bestCpu / 1e6);
    }
  }

  static DrawRecord.Input reseeded(DrawRecord.Input in, int round) {
    String secret = Commitment.newSecret();
    return new DrawRecord.Input(
        in.planId(),
        in.ruleVersion(),
        Commitment.of(secret),
        secret,
        List.of(new Official("甲", "局长", String.valueOf(round), Instant.EPOCH)),
        in.population(),
        in.strata(),
        in.forcedIn(),
        in.forcedOut(),
        in.checkOn(),
        in.teamRule(),
        in.counties(),
        in.roster(),
        in.priorAssignments());
  }

  /**
   * n institutions (5 % tertiary, 15 % secondary, 70 % primary, 10 % pharmacies) in 50 counties;
   * 5,000 inspectors.
   */
  static DrawRecord.Input input(int n) {
    Map<String, List<String>> population = new LinkedHashMap<>();
    Map<String, String> counties = new HashMap<>();
    for (String level : LEVELS) {
      population.put(level, new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      int permille = i % 1000;
      int level = permille < 50 ? 0 : permille < 200 ? 1 : permille < 900 ? 2 : 3;
      String id = String.format("H%011d", i);
      population.get(LEVELS[level]).add(id);
      counties.put(id, county(i % COUNTIES));
    }
    List<RosterMember> roster = new ArrayList<>(ROSTER);
    for (int i = 0; i < ROSTER; i++) {
      boolean officer = i % 5 != 0;
      roster.add(
          new RosterMember(
              String.format("I%07d", i),
              "人员" + i,
              officer ? RosterMember.OFFICER : "MEDICAL_EXPERT",
              county(i % COUNTIES),
              officer ? LocalDate.of(2030, 12, 31) : null,
              List.of(),
              List.of(),
              officer ? List.of() : List.of("MEDICAL"),
              0));
    }
    int targets = n * 145 / 1000;
    TeamRule rule =
        new TeamRule(2, "MEDICAL", Math.max(5, 3 * targets / (ROSTER / 5)), 12, true, Map.of());
    return new DrawRecord.Input(
        "bench",
        "bench",
        null,
        null,
        List.of(),
        population,
        List.of(
            new Stratum("TERTIARY", 50, 0),
            new Stratum("SECONDARY", 30, 0),
            new Stratum("PRIMARY", 10, 0),
            new Stratum("PHARMACY", 5, 0)),
        Set.of(),
        Set.of(),
        LocalDate.of(2026, 10, 12),
        rule,
        counties,
        roster,
        Set.of());
  }

  private static String county(int k) {
    return String.valueOf(990000 + (k / 10 + 1) * 100 + k % 10 + 2);
  }
}
