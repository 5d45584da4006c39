package org.ybjg.inspection.coverage.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The coverage dashboard of a round on a day: totals and one row per county, limited to the
 * counties the viewer reaches (a county administrator sees the rows of their county only, and
 * totals over them).
 *
 * @param unchecked the institutions not yet checked, in the round's order
 */
public record CoverageProgress(
    CoverageRound round,
    RoundStatus status,
    boolean past,
    Tally total,
    List<CountyRow> counties,
    List<RoundMember> unchecked) {

  /**
   * Counts of a county or of all visible counties; {@code overdue} is {@code unchecked} once the
   * window passed.
   */
  public record Tally(int population, int checked, int unchecked, int overdue, BigDecimal share) {

    static Tally of(int population, int checked, boolean past) {
      BigDecimal share =
          population == 0
              ? BigDecimal.ZERO.setScale(4)
              : BigDecimal.valueOf(checked)
                  .divide(BigDecimal.valueOf(population), 4, RoundingMode.DOWN);
      int unchecked = population - checked;
      return new Tally(population, checked, unchecked, past ? unchecked : 0, share);
    }
  }

  public record CountyRow(String countyCode, String name, Tally tally) {}

  /**
   * @param visibleCounty whether the viewer reaches a county
   * @param countyName the county's name from the region table
   * @param checked the ids of the round's institutions checked inside the window
   */
  public static CoverageProgress of(
      CoverageRound round,
      LocalDate today,
      Predicate<String> visibleCounty,
      Function<String, String> countyName,
      Set<String> checked) {
    boolean past = round.isPast(today);
    Map<String, int[]> byCounty = new TreeMap<>();
    List<RoundMember> unchecked = new ArrayList<>();
    for (RoundMember member : round.population()) {
      if (!visibleCounty.test(member.countyCode())) {
        continue;
      }
      int[] counts = byCounty.computeIfAbsent(member.countyCode(), c -> new int[2]);
      counts[0]++;
      if (checked.contains(member.institutionId())) {
        counts[1]++;
      } else {
        unchecked.add(member);
      }
    }
    List<CountyRow> rows = new ArrayList<>(byCounty.size());
    int population = 0;
    int done = 0;
    for (Map.Entry<String, int[]> county : byCounty.entrySet()) {
      int[] counts = county.getValue();
      rows.add(
          new CountyRow(
              county.getKey(),
              countyName.apply(county.getKey()),
              Tally.of(counts[0], counts[1], past)));
      population += counts[0];
      done += counts[1];
    }
    RoundStatus status = round.status(today, checkedInWhole(round, checked));
    return new CoverageProgress(
        round,
        status,
        past,
        Tally.of(population, done, past),
        List.copyOf(rows),
        List.copyOf(unchecked));
  }

  /** The round's status is the whole round's, whoever looks at it. */
  private static int checkedInWhole(CoverageRound round, Collection<String> checked) {
    int n = 0;
    for (RoundMember member : round.population()) {
      if (checked.contains(member.institutionId())) {
        n++;
      }
    }
    return n;
  }
}
