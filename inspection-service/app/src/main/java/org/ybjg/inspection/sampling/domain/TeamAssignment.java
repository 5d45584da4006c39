package org.ybjg.inspection.sampling.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.ceremony.domain.Sha256;

/**
 * Deterministic random team assignment with recusal (docs/law.md#double-random: inspectors with a
 * conflict are replaced by a re-draw). Everything follows from the revealed seed, so Verifier.java
 * re-derives it:
 *
 * <ol>
 *   <li>The roster is put in one order: by SHA-256(seed ‖ "|team|" ‖ inspectorId) (unsigned bytes,
 *       ties by id).
 *   <li>Each target's pool is that order restricted by county: all inspectors; with cross-check,
 *       all but the target's own county; with a pairing, only the paired inspecting county.
 *   <li>Each target walks its pool of size n: h = SHA-256(seed ‖ "|team|" ‖ targetId), start =
 *       first 8 bytes of h (unsigned) mod n, step = bytes 8–15 (unsigned) mod n, 0 taken as 1,
 *       increased until coprime with n (wrapping n to 1), so the walk start, start+step, ... (mod
 *       n) visits every member once.
 *   <li>Walking, a member is taken when eligible and a slot of their kind is open: OFFICER slots
 *       (law-enforcement officers) until {@code officers}, then one EXPERT slot (medical expert or
 *       third party of the specialty).
 *   <li>Not eligible: unavailable on the check day; an officer whose certificate is not valid that
 *       day; a declared affiliation with the target; assigned the same target within the recusal
 *       window (prior assignments); load cap reached (open tasks + tasks of this draw); already on
 *       the team or recused from this target.
 *   <li>Targets are served in draw order (strata in plan order, targets in draw order) — the load
 *       counts as it grows.
 *   <li>A recusal frees the slot and walks the same pool again from its start for the first
 *       eligible member of the same kind (the load as it stands after every earlier recusal).
 * </ol>
 *
 * A target whose pool cannot fill the team fails the whole draw, naming the target.
 */
public final class TeamAssignment {

  private static final byte[] TEAM = "|team|".getBytes(StandardCharsets.UTF_8);

  private final byte[] seed;
  private final TeamRule rule;
  private final Map<String, String> targetCounties;
  private final Set<String> prior;
  private final RosterMember[] order;
  private final boolean[] fit;
  private final int[] load;
  private final Map<String, int[]> pools = new HashMap<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, List<Integer>> teams = new LinkedHashMap<>();
  private final Map<String, Set<Integer>> recused = new HashMap<>();

  /**
   * @param checkOn the day the checks take place (availability and certificates are judged on it)
   * @param targetCounties each target's county
   * @param priorAssignments "inspectorId|institutionId" of assignments within the recusal window
   */
  public TeamAssignment(
      String seed,
      TeamRule rule,
      LocalDate checkOn,
      List<RosterMember> roster,
      Map<String, String> targetCounties,
      Set<String> priorAssignments) {
    this.seed = seed.getBytes(StandardCharsets.UTF_8);
    this.rule = rule;
    this.targetCounties = targetCounties;
    this.prior = priorAssignments;
    this.order = sortedRoster(roster);
    this.fit = new boolean[order.length];
    this.load = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      fit[i] = order[i].fitOn(checkOn);
      load[i] = order[i].openTasks();
      index.put(order[i].id(), i);
    }
  }

  /** Assigns teams to {@code targets} in the given (draw) order. */
  public List<Team> assign(List<String> targets) {
    List<Team> out = new ArrayList<>(targets.size());
    for (String target : targets) {
      int[] pool = poolFor(target);
      List<Integer> team = new ArrayList<>(rule.teamSize());
      int officers = 0;
      boolean expert = rule.expertSpecialty() == null;
      long[] walk = walk(target, pool.length);
      for (int i = 0; i < pool.length && (officers < rule.officers() || !expert); i++) {
        int m = pool[(int) ((walk[0] + i * walk[1]) % pool.length)];
        if (!eligible(m, target, team)) {
          continue;
        }
        if (officers < rule.officers() && order[m].isOfficer()) {
          officers++;
        } else if (!expert && order[m].isExpertIn(rule.expertSpecialty())) {
          expert = true;
        } else {
          continue;
        }
        team.add(m);
        load[m]++;
      }
      if (officers < rule.officers() || !expert) {
        throw Refusal.rule(
            "sampling-rule",
            "roster",
            "名录库中没有足够的合格人员组成对象 "
                + target
                + " 的检查组 (not enough eligible inspectors on the roster for target "
                + target
                + ": "
                + officers
                + " of "
                + rule.officers()
                + " officers"
                + (rule.expertSpecialty() == null
                    ? ""
                    : expert ? ", expert found" : ", no " + rule.expertSpecialty() + " expert")
                + ")");
      }
      teams.put(target, team);
      out.add(team(target));
    }
    return out;
  }

  /**
   * Records that {@code inspectorId} recuses from {@code targetId} and returns the replacement: the
   * first eligible member of the same kind in the target's walk.
   */
  public TeamMember recuse(String targetId, String inspectorId) {
    List<Integer> team = teams.get(targetId);
    if (team == null) {
      throw Refusal.rule(
          "sampling-rule", "targetId", "institution " + targetId + " is not a target of this draw");
    }
    Integer m = index.get(inspectorId);
    if (m == null || !team.contains(m)) {
      throw Refusal.rule(
          "sampling-rule",
          "inspectorId",
          "inspector " + inspectorId + " is not on the team for " + targetId);
    }
    boolean officerSlot = kindOf(team, m).equals("OFFICER");
    recused.computeIfAbsent(targetId, k -> new HashSet<>()).add(m);
    int[] pool = poolFor(targetId);
    long[] walk = walk(targetId, pool.length);
    for (int i = 0; i < pool.length; i++) {
      int c = pool[(int) ((walk[0] + i * walk[1]) % pool.length)];
      if (!eligible(c, targetId, team)) {
        continue;
      }
      boolean fits =
          officerSlot ? order[c].isOfficer() : order[c].isExpertIn(rule.expertSpecialty());
      if (fits) {
        team.set(team.indexOf(m), c);
        load[m]--;
        load[c]++;
        return member(team, c);
      }
    }
    recused.get(targetId).remove(m);
    throw Refusal.rule(
        "sampling-rule",
        "roster",
        "名录库中没有可替换 "
            + order[m].name()
            + " 的合格人员 (no eligible "
            + "replacement on the roster for inspector "
            + inspectorId
            + " at target "
            + targetId
            + ")");
  }

  /** The team of {@code targetId} as it stands. */
  public Team team(String targetId) {
    List<Integer> team = teams.get(targetId);
    List<TeamMember> members = new ArrayList<>(team.size());
    for (int m : team) {
      members.add(member(team, m));
    }
    return new Team(targetId, members);
  }

  public List<Team> teams() {
    return teams.keySet().stream().map(this::team).toList();
  }

  private TeamMember member(List<Integer> team, int m) {
    RosterMember r = order[m];
    return new TeamMember(r.id(), r.name(), r.role(), kindOf(team, m));
  }

  private String kindOf(List<Integer> team, int m) {
    return order[m].isOfficer() ? "OFFICER" : "EXPERT";
  }

  private boolean eligible(int m, String target, List<Integer> team) {
    if (!fit[m] || team.contains(m)) {
      return false;
    }
    if (rule.loadCap() != null && load[m] >= rule.loadCap()) {
      return false;
    }
    RosterMember r = order[m];
    if (!r.affiliations().isEmpty() && r.affiliations().contains(target)) {
      return false;
    }
    if (!prior.isEmpty() && prior.contains(r.id() + "|" + target)) {
      return false;
    }
    Set<Integer> out = recused.get(target);
    return out == null || !out.contains(m);
  }

  private int[] poolFor(String target) {
    String county = targetCounties.get(target);
    if (county == null) {
      throw Refusal.rule("sampling-rule", "targets", "target " + target + " has no county");
    }
    String inspecting = rule.pairing().isEmpty() ? null : rule.pairing().get(county);
    if (!rule.pairing().isEmpty() && inspecting == null) {
      throw Refusal.rule(
          "sampling-rule",
          "teamRule.pairing",
          "no inspecting county is paired with county " + county);
    }
    String key = inspecting != null ? "=" + inspecting : rule.crossCheck() ? "!" + county : "*";
    return pools.computeIfAbsent(
        key,
        k -> {
          int[] pool = new int[order.length];
          int n = 0;
          for (int i = 0; i < order.length; i++) {
            String home = order[i].homeCountyCode();
            boolean in =
                inspecting != null
                    ? inspecting.equals(home)
                    : !rule.crossCheck() || !county.equals(home);
            if (in) {
              pool[n++] = i;
            }
          }
          return Arrays.copyOf(pool, n);
        });
  }

  /** {start, step} of the target's walk over a pool of size n. */
  private long[] walk(String target, int n) {
    if (n == 0) {
      return new long[] {0, 1};
    }
    MessageDigest md = Sha256.digest();
    md.update(seed);
    md.update(TEAM);
    byte[] h = md.digest(target.getBytes(StandardCharsets.UTF_8));
    long start = Long.remainderUnsigned(StratifiedDraw.prefix(h, 0), n);
    long step = Long.remainderUnsigned(StratifiedDraw.prefix(h, 8), n);
    if (step == 0) {
      step = 1;
    }
    while (gcd(step, n) != 1) {
      step = step + 1 >= n ? 1 : step + 1;
    }
    return new long[] {start, step};
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private RosterMember[] sortedRoster(List<RosterMember> roster) {
    MessageDigest md = Sha256.digest();
    record Keyed(byte[] key, RosterMember member) {}
    Keyed[] keyed = new Keyed[roster.size()];
    for (int i = 0; i < keyed.length; i++) {
      md.update(seed);
      md.update(TEAM);
      keyed[i] =
          new Keyed(md.digest(roster.get(i).id().getBytes(StandardCharsets.UTF_8)), roster.get(i));
    }
    Arrays.sort(
        keyed,
        (a, b) -> {
          int c = Arrays.compareUnsigned(a.key, b.key);
          return c != 0 ? c : a.member.id().compareTo(b.member.id());
        });
    RosterMember[] out = new RosterMember[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      out[i] = keyed[i].member;
    }
    return out;
  }
}
