package org.ybjg.inspection.sampling.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.RosterMember;
import org.ybjg.inspection.sampling.domain.Stratum;
import org.ybjg.inspection.sampling.domain.TeamRule;

/**
 * JMH benchmark of the draw core (performance): one {@link DrawRecord#draw} = population snapshot
 * and hash, stratified draw (吕医保发〔2021〕36号 re-check quotas plus pharmacies) and team assignment (2
 * officers + 1 medical expert per target, cross-county, load cap) over n institutions in 50
 * counties and a roster of 5,000 (4,000 officers, 1,000 experts). Each invocation uses a new seed.
 * Run: see inspection-service/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
public class DrawAndTeamsBenchmark {

  private static final int COUNTIES = 50;
  private static final int ROSTER = 5_000;
  private static final String[] LEVELS = {"TERTIARY", "SECONDARY", "PRIMARY", "PHARMACY"};

  /**
   * Shares of the population per level in per mille: 5 % tertiary, 15 % secondary, 70 % primary, 10
   * % pharmacies.
   */
  private static final int[] SHARES = {50, 150, 700, 100};

  @Param({"10000", "100000", "1000000"})
  public int institutions;

  private Map<String, List<String>> population;
  private Map<String, String> counties;
  private List<RosterMember> roster;
  private List<Stratum> strata;
  private TeamRule rule;
  private int round;

  @Setup(Level.Trial)
  public void setUp() {
    population = new LinkedHashMap<>();
    counties = new HashMap<>();
    for (String level : LEVELS) {
      population.put(level, new ArrayList<>());
    }
    for (int i = 0; i < institutions; i++) {
      int permille = i % 1000;
      int level =
          permille < SHARES[0]
              ? 0
              : permille < SHARES[0] + SHARES[1]
                  ? 1
                  : permille < SHARES[0] + SHARES[1] + SHARES[2] ? 2 : 3;
      String id = String.format("H%011d", i);
      population.get(LEVELS[level]).add(id);
      counties.put(id, county(i % COUNTIES));
    }
    strata =
        List.of(
            new Stratum("TERTIARY", 50, 0),
            new Stratum("SECONDARY", 30, 0),
            new Stratum("PRIMARY", 10, 0),
            new Stratum("PHARMACY", 5, 0));
    roster = new ArrayList<>(ROSTER);
    LocalDate valid = LocalDate.of(2030, 12, 31);
    for (int i = 0; i < ROSTER; i++) {
      boolean officer = i % 5 != 0;
      roster.add(
          new RosterMember(
              String.format("I%07d", i),
              "人员" + i,
              officer ? RosterMember.OFFICER : "MEDICAL_EXPERT",
              county(i % COUNTIES),
              officer ? valid : null,
              List.of(),
              List.of(),
              officer ? List.of() : List.of("MEDICAL"),
              0));
    }
    // about 14.5 % of the population is drawn; three per team; cap at three times the average load
    // of an expert
    int targets = institutions * 145 / 1000;
    int cap = Math.max(5, 3 * targets / (ROSTER / 5));
    rule = new TeamRule(2, "MEDICAL", cap, 12, true, Map.of());
  }

  private static String county(int k) {
    return String.valueOf(990000 + (k / 10 + 1) * 100 + k % 10 + 2);
  }

  @Benchmark
  public DrawRecord drawTargetsAndTeams() {
    String secret = Commitment.newSecret();
    List<Official> ceremony =
        List.of(
            new Official("甲", "局长", String.valueOf(round++), Instant.EPOCH),
            new Official("乙", "纪检", "271828", Instant.EPOCH));
    return DrawRecord.draw(
        new DrawRecord.Input(
            "bench",
            "bench",
            Commitment.of(secret),
            secret,
            ceremony,
            population,
            strata,
            Set.of(),
            Set.of(),
            LocalDate.of(2026, 10, 12),
            rule,
            counties,
            roster,
            Set.of()));
  }
}
