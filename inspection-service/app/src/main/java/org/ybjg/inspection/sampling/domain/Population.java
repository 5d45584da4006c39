package org.ybjg.inspection.sampling.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/**
 * Builds the eligible population per stratum from the directory entries in scope: an entry passes
 * the plan's filter and belongs to the FIRST stratum (in plan order) it matches; a top-N stratum
 * ranks, among the filtered entries matching its type/level criteria, by fund payment (largest
 * first, ties by id). Entries matching no stratum are not part of the population.
 */
public final class Population {

  private Population() {}

  /** Stratum code → sorted ids, and id → county for every member. */
  public record Snapshot(Map<String, List<String>> strata, Map<String, String> counties) {

    public int size() {
      return counties.size();
    }
  }

  public static Snapshot build(PlanDefinition plan, List<DirectoryEntry> inScope) {
    return build(plan, inScope, List.of());
  }

  /**
   * As {@link #build(PlanDefinition, List)}, with the handling agencies in scope ({@link
   * Agencies}): the plan's filter (agreement state, ownership, ...) is about institutions and does
   * not apply to them.
   */
  public static Snapshot build(
      PlanDefinition plan, List<DirectoryEntry> inScope, List<DirectoryEntry> agencies) {
    List<DirectoryEntry> eligible =
        new ArrayList<>(
            inScope.stream()
                .filter(e -> !Agencies.TYPE.equals(e.type()) && plan.filter().admits(e))
                .toList());
    eligible.addAll(agencies);
    Map<String, TreeSet<String>> strata = new LinkedHashMap<>();
    plan.strata().forEach(s -> strata.put(s.code(), new TreeSet<>()));
    Set<String> taken = new HashSet<>();
    Map<String, String> counties = new TreeMap<>();
    for (StratumRule s : plan.strata()) {
      List<DirectoryEntry> members = eligible.stream().filter(s::matches).toList();
      if (s.topByFundPayment() != null) {
        members = new ArrayList<>(members);
        members.sort(
            Comparator.comparing(
                    DirectoryEntry::fundPaymentAmount, Comparator.<BigDecimal>reverseOrder())
                .thenComparing(DirectoryEntry::id));
        members = members.subList(0, Math.min(s.topByFundPayment(), members.size()));
      }
      for (DirectoryEntry e : members) {
        if (taken.add(e.id())) {
          strata.get(s.code()).add(e.id());
          counties.put(e.id(), e.countyCode());
        }
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    strata.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return new Snapshot(out, counties);
  }
}
