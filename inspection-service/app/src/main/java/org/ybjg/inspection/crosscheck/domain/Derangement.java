package org.ybjg.inspection.crosscheck.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.ybjg.inspection.ceremony.domain.Sha256;

/**
 * The seeded, verifiable derangement of county-to-county cross-checks (县际交叉检查, 吕医保发〔2021〕36号 §(三)1:
 * "市级医保行政部门可通过组织开展县际之间交叉检查"): order the counties by SHA-256(seed ‖ countyCode) (lower-case hex,
 * ties by code) and let each county check the next one in that order, the last checking the first.
 * No county checks itself; with three or more counties no two check each other (the cycle has
 * length n).
 */
public final class Derangement {

  private Derangement() {}

  /** One county of the draw order with its published ordering key. */
  public record Ranked(String countyCode, String key) {}

  /** Inspected county and the county whose team inspects it. */
  public record Pair(String inspectedCounty, String inspectingCounty) {}

  public static List<Ranked> order(String seed, Collection<String> counties) {
    List<Ranked> ranked = new ArrayList<>(counties.size());
    for (String county : counties) {
      ranked.add(new Ranked(county, Sha256.hex(seed + county)));
    }
    ranked.sort(Comparator.comparing(Ranked::key).thenComparing(Ranked::countyCode));
    return List.copyOf(ranked);
  }

  /**
   * Each county of {@code order} inspects the next one (cyclic); pairs sorted by inspected county.
   */
  public static List<Pair> pairs(List<Ranked> order) {
    int n = order.size();
    List<Pair> pairs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      pairs.add(new Pair(order.get((i + 1) % n).countyCode(), order.get(i).countyCode()));
    }
    pairs.sort(Comparator.comparing(Pair::inspectedCounty));
    return List.copyOf(pairs);
  }
}
