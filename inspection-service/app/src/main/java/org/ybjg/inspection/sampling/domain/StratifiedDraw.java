package org.ybjg.inspection.sampling.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ybjg.inspection.ceremony.domain.Sha256;

/**
 * The deterministic stratified draw: within each stratum, candidates are ordered by SHA-256(seed ‖
 * id) (UTF-8 bytes, compared as unsigned bytes — the same order as the lower-case hex text — ties
 * by id) and the first {@code quota} are taken. Forced inclusions (tip-offs, repeat offenders) are
 * taken first and count toward the quota; forced exclusions are removed before ordering. A stratum
 * smaller than its quota is taken whole and reported. The same inputs always give the same targets:
 * anyone holding the published record can recompute it.
 *
 * <p>Sorting compares a 64-bit prefix of the digest first (a primitive comparison), the rest of the
 * digest only on a prefix tie, so a draw over 1M ids costs one hash per id plus an n log n sort of
 * longs, not of 64-character strings.
 */
public final class StratifiedDraw {

  private StratifiedDraw() {}

  /**
   * Drawn targets of one stratum, in draw order, with the shortfall if the stratum was too small.
   */
  public record StratumResult(
      String stratum, int population, int quota, List<String> selected, int shortfall) {}

  /**
   * @param seed the revealed seed
   * @param strata the plan's strata in order
   * @param population candidate ids per stratum code (the eligible population snapshot)
   */
  public static List<StratumResult> draw(
      String seed,
      List<Stratum> strata,
      Map<String, ? extends Collection<String>> population,
      Set<String> forcedIn,
      Set<String> forcedOut) {
    return draw(seed, strata, population, forcedIn, forcedOut, Map.of());
  }

  /**
   * As above; with {@code weights} (id → weight ≥ 1, absent = 1; docs/law.md#double-random: worse
   * credit, more checks) not empty, candidates are ordered by the weighted key −ln(u) / w
   * (Efraimidis–Spirakis weighted sampling without replacement), u = ((first 8 digest bytes,
   * unsigned) >>> 11 + 0.5) / 2^53, ties by digest then id; {@code StrictMath.log} keeps the key
   * identical on every JVM.
   */
  public static List<StratumResult> draw(
      String seed,
      List<Stratum> strata,
      Map<String, ? extends Collection<String>> population,
      Set<String> forcedIn,
      Set<String> forcedOut,
      Map<String, Integer> weights) {
    List<StratumResult> results = new ArrayList<>(strata.size());
    for (Stratum s : strata) {
      List<String> candidates = new ArrayList<>();
      List<String> forced = new ArrayList<>();
      Collection<String> members = population.get(s.code());
      for (String id : members == null ? List.<String>of() : members) {
        if (forcedOut.contains(id)) {
          continue;
        }
        if (forcedIn.contains(id)) {
          forced.add(id);
        } else {
          candidates.add(id);
        }
      }
      int size = candidates.size() + forced.size();
      int quota = s.quotaFor(size);
      List<String> selected = new ArrayList<>(Math.min(quota, size) + forced.size());
      forced.sort(null);
      selected.addAll(forced);
      int remaining = Math.max(0, quota - forced.size());
      if (remaining > 0) {
        for (String id :
            weights.isEmpty()
                ? ordered(seed, candidates, remaining)
                : orderedWeighted(seed, candidates, weights, remaining)) {
          selected.add(id);
        }
      }
      results.add(
          new StratumResult(
              s.code(), size, quota, List.copyOf(selected), Math.max(0, quota - size)));
    }
    return results;
  }

  /** The candidates ordered by SHA-256(seed ‖ id), ties (never in practice) by id. */
  public static List<String> ordered(String seed, Collection<String> ids) {
    return ordered(seed, ids, ids.size());
  }

  /** The first {@code limit} candidates in the order of SHA-256(seed ‖ id). */
  public static List<String> ordered(String seed, Collection<String> ids, int limit) {
    MessageDigest md = Sha256.digest();
    byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
    Keyed[] keyed = new Keyed[ids.size()];
    int i = 0;
    for (String id : ids) {
      md.update(seedBytes);
      keyed[i++] = new Keyed(md.digest(id.getBytes(StandardCharsets.UTF_8)), id);
    }
    Arrays.sort(keyed);
    int n = Math.min(limit, keyed.length);
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(keyed[k].id);
    }
    return out;
  }

  /** The first {@code limit} candidates by the weighted key −ln(u) / w (see {@link #draw}). */
  public static List<String> orderedWeighted(
      String seed, Collection<String> ids, Map<String, Integer> weights, int limit) {
    MessageDigest md = Sha256.digest();
    byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
    record WKeyed(double key, byte[] digest, String id) {}
    WKeyed[] keyed = new WKeyed[ids.size()];
    int i = 0;
    for (String id : ids) {
      md.update(seedBytes);
      byte[] d = md.digest(id.getBytes(StandardCharsets.UTF_8));
      double u = ((prefix(d, 0) >>> 11) + 0.5) / 9007199254740992.0;
      keyed[i++] = new WKeyed(-StrictMath.log(u) / weights.getOrDefault(id, 1), d, id);
    }
    Arrays.sort(
        keyed,
        (a, b) -> {
          int c = Double.compare(a.key, b.key);
          if (c != 0) {
            return c;
          }
          c = Arrays.compareUnsigned(a.digest, b.digest);
          return c != 0 ? c : a.id.compareTo(b.id);
        });
    int n = Math.min(limit, keyed.length);
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(keyed[k].id);
    }
    return out;
  }

  /** SHA-256(seed ‖ id) as hex: the ordering key published with every draw. */
  public static String key(String seed, String id) {
    return Sha256.hex(seed + id);
  }

  /** SHA-256 over the sorted ids joined by '\n': the published hash of the eligible population. */
  public static String populationHash(Map<String, ? extends Collection<String>> population) {
    int size = 0;
    for (Collection<String> ids : population.values()) {
      size += ids.size();
    }
    String[] all = new String[size];
    int i = 0;
    for (Collection<String> ids : population.values()) {
      for (String id : ids) {
        all[i++] = id;
      }
    }
    Arrays.sort(all);
    MessageDigest md = Sha256.digest();
    for (int k = 0; k < all.length; k++) {
      if (k > 0) {
        md.update((byte) '\n');
      }
      md.update(all[k].getBytes(StandardCharsets.UTF_8));
    }
    return java.util.HexFormat.of().formatHex(md.digest());
  }

  /** The unsigned big-endian long of {@code digest[offset..offset+8)}. */
  static long prefix(byte[] digest, int offset) {
    long v = 0;
    for (int i = offset; i < offset + 8; i++) {
      v = (v << 8) | (digest[i] & 0xff);
    }
    return v;
  }

  private static final class Keyed implements Comparable<Keyed> {
    private final long prefix;
    private final byte[] digest;
    private final String id;

    Keyed(byte[] digest, String id) {
      this.prefix = prefix(digest, 0);
      this.digest = digest;
      this.id = id;
    }

    @Override
    public int compareTo(Keyed o) {
      int c = Long.compareUnsigned(prefix, o.prefix);
      if (c != 0) {
        return c;
      }
      c = Arrays.compareUnsigned(digest, o.digest);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }
}
