package org.ybjg.inspection.sampling.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published record of one draw: everything a citizen needs to recompute it with
 * inspection-service/verifier/Verifier.java (seed, commitment, population snapshot and its hash,
 * strata, forced inclusions and exclusions, and the targets drawn).
 */
public record DrawRecord(
    String planId,
    String ruleVersion,
    String seed,
    String commitment,
    String populationHash,
    Map<String, List<String>> population,
    List<Stratum> strata,
    Set<String> forcedIn,
    Set<String> forcedOut,
    List<StratifiedDraw.StratumResult> results) {

  /** Draws from a revealed seed after checking it against the commitment. */
  public static DrawRecord draw(String planId, String ruleVersion, String seed, String commitment,
      Map<String, ? extends Collection<String>> population, List<Stratum> strata,
      Set<String> forcedIn, Set<String> forcedOut) {
    Seed.requireMatches(seed, commitment);
    Map<String, List<String>> snapshot = new LinkedHashMap<>();
    population.forEach((k, v) -> snapshot.put(k, List.copyOf(new TreeSet<>(v))));
    return new DrawRecord(planId, ruleVersion, seed, commitment,
        StratifiedDraw.populationHash(snapshot), snapshot, List.copyOf(strata),
        new TreeSet<>(forcedIn), new TreeSet<>(forcedOut),
        StratifiedDraw.draw(seed, strata, snapshot, forcedIn, forcedOut));
  }

  /** The record as JSON (the format Verifier.java reads). */
  public String toJson() {
    StringBuilder b = new StringBuilder("{");
    field(b, "planId", planId).append(',');
    field(b, "ruleVersion", ruleVersion).append(',');
    field(b, "seed", seed).append(',');
    field(b, "commitment", commitment).append(',');
    field(b, "populationHash", populationHash).append(',');
    b.append("\"forcedIn\":");
    array(b, forcedIn).append(",\"forcedOut\":");
    array(b, forcedOut).append(",\"strata\":[");
    for (int i = 0; i < strata.size(); i++) {
      Stratum s = strata.get(i);
      StratifiedDraw.StratumResult r = results.get(i);
      if (i > 0) {
        b.append(',');
      }
      b.append('{');
      field(b, "code", s.code()).append(",\"percent\":").append(s.percent())
          .append(",\"minimum\":").append(s.minimum()).append(",\"quota\":").append(r.quota())
          .append(",\"shortfall\":").append(r.shortfall()).append(",\"population\":");
      array(b, population.getOrDefault(s.code(), List.of())).append(",\"selected\":");
      array(b, r.selected()).append('}');
    }
    return b.append("]}").toString();
  }

  private static StringBuilder field(StringBuilder b, String name, String value) {
    return string(string(b, name).append(':'), value);
  }

  private static StringBuilder array(StringBuilder b, Collection<String> values) {
    b.append('[');
    List<String> list = new ArrayList<>(values);
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      string(b, list.get(i));
    }
    return b.append(']');
  }

  private static StringBuilder string(StringBuilder b, String s) {
    if (s == null) {
      return b.append("null");
    }
    b.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"');
  }
}
