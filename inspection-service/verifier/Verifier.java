import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Standalone verifier of a published inspection draw record. No dependencies:
 *
 * <pre>java Verifier.java draw-record.json</pre>
 *
 * Re-checks SHA-256(secret) against the commitment, recomputes the seed from the ceremony digits
 * (digits1|digits2|...|secret), checks the population hash, re-derives every stratum's targets
 * (candidates minus forced exclusions, forced inclusions first, the rest ordered by SHA-256(seed ‖ id)
 * (hex, ties by id) — or, when the record carries credit-grade "weights", by -ln(u)/w —, quota =
 * max(ceil(size × percent / 100), minimum)), then re-derives the teams from
 * the roster snapshot and replays every recusal with its replacement. Prints MATCH (exit 0) or each
 * difference (exit 1).
 */
public class Verifier {

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && isCountyPairing(Path.of(args[0]))) { // county-to-county cross-check pairing record
      System.exit(verifyCountyPairingFile(Path.of(args[0])));
    }
    if (args.length != 1) {
      System.err.println("usage: java Verifier.java <draw-record.json>");
      System.exit(2);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> rec = (Map<String, Object>) new Json(Files.readString(Path.of(args[0]),
        StandardCharsets.UTF_8)).value();
    List<String> diffs = verify(rec);
    if (diffs.isEmpty()) {
      System.out.println("MATCH");
    } else {
      System.out.println("DIFFERENCE");
      diffs.forEach(d -> System.out.println("  " + d));
      System.exit(1);
    }
  }

  @SuppressWarnings("unchecked")
  static List<String> verify(Map<String, Object> rec) throws Exception {
    List<String> diffs = new ArrayList<>();
    checkCeremony(diffs, rec, (List<Object>) rec.get("ceremony"));
    String seed = (String) rec.get("seed"); // the rest is checked against what was published
    TreeSet<String> forcedIn = new TreeSet<>((List<String>) (List<?>) rec.get("forcedIn"));
    TreeSet<String> forcedOut = new TreeSet<>((List<String>) (List<?>) rec.get("forcedOut"));
    Map<String, Object> weights = rec.get("weights") == null ? Map.of() : (Map<String, Object>) rec.get("weights");
    List<String> all = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (Object o : (List<Object>) rec.get("strata")) {
      Map<String, Object> s = (Map<String, Object>) o;
      String code = (String) s.get("code");
      List<String> population = (List<String>) (List<?>) s.get("population");
      all.addAll(population);
      List<String> forced = new ArrayList<>();
      List<String> candidates = new ArrayList<>();
      for (String id : population) {
        if (forcedOut.contains(id)) {
          continue;
        }
        (forcedIn.contains(id) ? forced : candidates).add(id);
      }
      int size = forced.size() + candidates.size();
      long percent = ((Number) s.get("percent")).longValue();
      int minimum = ((Number) s.get("minimum")).intValue();
      int quota = (int) Math.max((size * percent + 99) / 100, minimum);
      forced.sort(null);
      List<String> expected = new ArrayList<>(forced);
      String[][] keyed = new String[candidates.size()][];
      for (int i = 0; i < keyed.length; i++) {
        keyed[i] = new String[] {sha256(seed + candidates.get(i)), candidates.get(i)};
      }
      if (weights.isEmpty()) {
        Arrays.sort(keyed, (a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
      } else {
        // weighted (credit grade): key = -ln(u) / w, u = ((first 16 hex digits as unsigned) >>> 11 + 0.5) / 2^53
        Arrays.sort(keyed, (a, b) -> {
          int c = Double.compare(weightedKey(a, weights), weightedKey(b, weights));
          if (c != 0) return c;
          return a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]);
        });
      }
      for (int i = 0; i < keyed.length && expected.size() < Math.max(quota, forced.size()); i++) {
        expected.add(keyed[i][1]);
      }
      List<String> published = (List<String>) (List<?>) s.get("selected");
      if (!expected.equals(published)) {
        diffs.add("stratum " + code + ": published " + published + ", expected " + expected);
      }
      if (((Number) s.get("quota")).intValue() != quota) {
        diffs.add("stratum " + code + ": published quota " + s.get("quota") + ", expected " + quota);
      }
      for (String t : expected) {
        if (!targets.contains(t)) {
          targets.add(t);
        }
      }
    }
    all.sort(null);
    String hash = sha256(String.join("\n", all));
    if (!hash.equals(rec.get("populationHash"))) {
      diffs.add("populationHash: published " + rec.get("populationHash") + ", computed " + hash);
    }
    if (rec.containsKey("teams")) {
      Teams teams = new Teams(seed, rec);
      teams.assign(targets);
      compareTeams(diffs, "initial team", teams, (List<Object>) rec.get("initialTeams"));
      for (Object o : (List<Object>) rec.get("recusals")) {
        Map<String, Object> r = (Map<String, Object>) o;
        String replacement = teams.recuse((String) r.get("targetId"), (String) r.get("inspectorId"));
        if (!String.valueOf(replacement).equals(r.get("replacementId"))) {
          diffs.add("recusal of " + r.get("inspectorId") + " at " + r.get("targetId") + ": published replacement "
              + r.get("replacementId") + ", expected " + replacement);
        }
      }
      compareTeams(diffs, "team", teams, (List<Object>) rec.get("teams"));
    }
    return diffs;
  }

  /**
   * The commit–reveal check every record shares (draws and cross-check pairings): SHA-256(secret) = the published
   * commitment, and the published seed = the officials' digits in order, then the secret. Returns the seed the
   * ceremony gives.
   */
  @SuppressWarnings("unchecked")
  static String checkCeremony(List<String> diffs, Map<String, Object> rec, List<Object> officials) throws Exception {
    String secret = (String) rec.get("secret");
    if (secret == null || !sha256(secret).equals(rec.get("commitment"))) {
      diffs.add("commitment: published " + rec.get("commitment") + ", SHA-256(secret) = "
          + (secret == null ? "(no secret)" : sha256(secret)));
    }
    List<String> digits = new ArrayList<>();
    for (Object o : officials) {
      digits.add((String) ((Map<String, Object>) o).get("digits"));
    }
    String derived = String.join("|", digits) + "|" + secret;
    if (!derived.equals(rec.get("seed"))) {
      diffs.add("seed: published " + rec.get("seed") + ", ceremony digits and secret give " + derived);
    }
    return derived;
  }

  @SuppressWarnings("unchecked")
  private static void compareTeams(List<String> diffs, String what, Teams teams, List<Object> published) {
    Map<String, List<String>> byTarget = new LinkedHashMap<>();
    for (Object o : published) {
      Map<String, Object> t = (Map<String, Object>) o;
      List<String> ids = new ArrayList<>();
      for (Object m : (List<Object>) t.get("members")) {
        ids.add((String) ((Map<String, Object>) m).get("inspectorId"));
      }
      byTarget.put((String) t.get("targetId"), ids);
    }
    for (Map.Entry<String, List<Integer>> e : teams.teams.entrySet()) {
      List<String> expected = new ArrayList<>();
      for (int m : e.getValue()) {
        expected.add(teams.id(m));
      }
      List<String> got = byTarget.remove(e.getKey());
      if (!expected.equals(got)) {
        diffs.add(what + " of " + e.getKey() + ": published " + got + ", expected " + expected);
      }
    }
    for (String extra : byTarget.keySet()) {
      diffs.add(what + " of " + extra + " published, but " + extra + " is not a target");
    }
  }

  /**
   * Team assignment, re-derived: roster ordered by SHA-256(seed ‖ "|team|" ‖ id); each target walks its county
   * pool from start = h[0..8) mod n with step = h[8..16) mod n (0 → 1, raised until coprime with n), h =
   * SHA-256(seed ‖ "|team|" ‖ targetId), taking eligible officers, then one expert of the specialty.
   */
  @SuppressWarnings("unchecked")
  static final class Teams {
    final String seed;
    final List<Map<String, Object>> order = new ArrayList<>();
    final Map<String, Integer> index = new LinkedHashMap<>();
    final int[] load;
    final boolean[] fit;
    final int officers;
    final String specialty;
    final Long cap;
    final boolean crossCheck;
    final Map<String, Object> pairing;
    final Map<String, Object> counties;
    final java.util.Set<String> prior;
    final Map<String, List<Integer>> teams = new LinkedHashMap<>();
    final Map<String, java.util.Set<Integer>> recused = new LinkedHashMap<>();

    Teams(String seed, Map<String, Object> rec) throws Exception {
      this.seed = seed;
      List<Object[]> keyed = new ArrayList<>();
      for (Object o : (List<Object>) rec.get("roster")) {
        Map<String, Object> m = (Map<String, Object>) o;
        keyed.add(new Object[] {sha256(seed + "|team|" + m.get("id")), m});
      }
      keyed.sort((a, b) -> a[0].equals(b[0])
          ? ((String) ((Map<String, Object>) a[1]).get("id")).compareTo((String) ((Map<String, Object>) b[1]).get("id"))
          : ((String) a[0]).compareTo((String) b[0]));
      String checkOn = (String) rec.get("checkOn");
      load = new int[keyed.size()];
      fit = new boolean[keyed.size()];
      for (int i = 0; i < keyed.size(); i++) {
        Map<String, Object> m = (Map<String, Object>) keyed.get(i)[1];
        order.add(m);
        index.put((String) m.get("id"), i);
        load[i] = ((Number) m.get("openTasks")).intValue();
        boolean ok = true;
        for (Object u : (List<Object>) m.get("unavailable")) {
          Map<String, Object> d = (Map<String, Object>) u;
          if (checkOn.compareTo((String) d.get("from")) >= 0 && checkOn.compareTo((String) d.get("to")) <= 0) {
            ok = false;
          }
        }
        String valid = (String) m.get("certificateValidUntil");
        if (isOfficer(m) && (valid == null || valid.compareTo(checkOn) < 0)) {
          ok = false;
        }
        fit[i] = ok;
      }
      Map<String, Object> rule = (Map<String, Object>) rec.get("teamRule");
      officers = ((Number) rule.get("officers")).intValue();
      specialty = (String) rule.get("expertSpecialty");
      cap = rule.get("loadCap") == null ? null : ((Number) rule.get("loadCap")).longValue();
      crossCheck = Boolean.TRUE.equals(rule.get("crossCheck"));
      pairing = (Map<String, Object>) rule.get("pairing");
      counties = (Map<String, Object>) rec.get("targetCounties");
      prior = new java.util.HashSet<>((List<String>) (List<?>) rec.get("priorAssignments"));
    }

    String id(int m) {
      return (String) order.get(m).get("id");
    }

    static boolean isOfficer(Map<String, Object> m) {
      return "LAW_ENFORCEMENT_OFFICER".equals(m.get("role"));
    }

    boolean isExpert(int m) {
      Map<String, Object> r = order.get(m);
      return ("MEDICAL_EXPERT".equals(r.get("role")) || "THIRD_PARTY".equals(r.get("role")))
          && ((List<Object>) r.get("specialties")).contains(specialty);
    }

    List<Integer> pool(String target) {
      String county = String.valueOf(counties.get(target));
      String inspecting = pairing.isEmpty() ? null : (String) pairing.get(county);
      List<Integer> pool = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        String home = (String) order.get(i).get("homeCountyCode");
        if (inspecting != null ? inspecting.equals(home) : !crossCheck || !county.equals(home)) {
          pool.add(i);
        }
      }
      return pool;
    }

    List<Integer> walk(String target, List<Integer> pool) throws Exception {
      int n = pool.size();
      List<Integer> out = new ArrayList<>();
      if (n == 0) {
        return out;
      }
      byte[] h = HexFormat.of().parseHex(sha256(seed + "|team|" + target));
      long start = Long.remainderUnsigned(java.nio.ByteBuffer.wrap(h, 0, 8).getLong(), n);
      long step = Long.remainderUnsigned(java.nio.ByteBuffer.wrap(h, 8, 8).getLong(), n);
      if (step == 0) {
        step = 1;
      }
      while (java.math.BigInteger.valueOf(step).gcd(java.math.BigInteger.valueOf(n)).intValue() != 1) {
        step = step + 1 >= n ? 1 : step + 1;
      }
      for (int i = 0; i < n; i++) {
        out.add(pool.get((int) ((start + i * step) % n)));
      }
      return out;
    }

    boolean eligible(int m, String target, List<Integer> team) {
      Map<String, Object> r = order.get(m);
      return fit[m] && !team.contains(m) && (cap == null || load[m] < cap)
          && !((List<Object>) r.get("affiliations")).contains(target)
          && !prior.contains(r.get("id") + "|" + target)
          && !recused.getOrDefault(target, java.util.Set.of()).contains(m);
    }

    void assign(List<String> targets) throws Exception {
      for (String target : targets) {
        List<Integer> team = new ArrayList<>();
        int o = 0;
        boolean expert = specialty == null;
        for (int m : walk(target, pool(target))) {
          if (o >= officers && expert) {
            break;
          }
          if (!eligible(m, target, team)) {
            continue;
          }
          if (o < officers && isOfficer(order.get(m))) {
            o++;
          } else if (!expert && isExpert(m)) {
            expert = true;
          } else {
            continue;
          }
          team.add(m);
          load[m]++;
        }
        teams.put(target, team);
      }
    }

    String recuse(String target, String inspectorId) throws Exception {
      List<Integer> team = teams.get(target);
      Integer m = index.get(inspectorId);
      if (team == null || m == null || !team.contains(m)) {
        return "(" + inspectorId + " was not on the team of " + target + ")";
      }
      boolean officerSlot = isOfficer(order.get(m));
      recused.computeIfAbsent(target, k -> new java.util.HashSet<>()).add(m);
      for (int c : walk(target, pool(target))) {
        if (eligible(c, target, team) && (officerSlot ? isOfficer(order.get(c)) : isExpert(c))) {
          team.set(team.indexOf(m), c);
          load[m]--;
          load[c]++;
          return id(c);
        }
      }
      return null;
    }
  }

  static double weightedKey(String[] keyed, Map<String, Object> weights) {
    long prefix = Long.parseUnsignedLong(keyed[0].substring(0, 16), 16);
    double u = ((prefix >>> 11) + 0.5) / 9007199254740992.0;
    Object w = weights.get(keyed[1]);
    return -StrictMath.log(u) / (w == null ? 1 : ((Number) w).doubleValue());
  }

  static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  /** Minimal JSON reader: objects, arrays, strings, numbers, true/false/null. */
  static final class Json {
    private final String t;
    private int p;

    Json(String text) {
      t = text;
    }

    Object value() {
      ws();
      char c = t.charAt(p);
      switch (c) {
        case '{': {
          p++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (t.charAt(p) == '}') { p++; return m; }
          while (true) {
            ws();
            String k = str();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (t.charAt(p) == ',') { p++; continue; }
            expect('}');
            return m;
          }
        }
        case '[': {
          p++;
          List<Object> l = new ArrayList<>();
          ws();
          if (t.charAt(p) == ']') { p++; return l; }
          while (true) {
            l.add(value());
            ws();
            if (t.charAt(p) == ',') { p++; continue; }
            expect(']');
            return l;
          }
        }
        case '"':
          return str();
        default:
          if (t.startsWith("true", p)) { p += 4; return Boolean.TRUE; }
          if (t.startsWith("false", p)) { p += 5; return Boolean.FALSE; }
          if (t.startsWith("null", p)) { p += 4; return null; }
          int s = p;
          while (p < t.length() && "+-0123456789.eE".indexOf(t.charAt(p)) >= 0) p++;
          String n = t.substring(s, p);
          return n.matches("-?[0-9]+") ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
      }
    }

    private String str() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = t.charAt(p++);
        if (c == '"') return b.toString();
        if (c != '\\') { b.append(c); continue; }
        char e = t.charAt(p++);
        switch (e) {
          case 'n': b.append('\n'); break;
          case 't': b.append('\t'); break;
          case 'r': b.append('\r'); break;
          case 'b': b.append('\b'); break;
          case 'f': b.append('\f'); break;
          case 'u': b.append((char) Integer.parseInt(t.substring(p, p + 4), 16)); p += 4; break;
          default: b.append(e);
        }
      }
    }

    private void ws() {
      while (p < t.length() && Character.isWhitespace(t.charAt(p))) p++;
    }

    private void expect(char c) {
      if (t.charAt(p) != c) throw new IllegalArgumentException("expected '" + c + "' at " + p);
      p++;
    }
  }

  // ---------------------------------------------------------------- county-to-county cross-check pairing
  // A record with "kind":"county-pairing" (GET /api/inspection/public/cross-check-pairings/{id}): checks
  // SHA-256(secret) = commitment, seed = digits1|...|secret, the order by SHA-256(seed ‖ countyCode) (hex, ties by
  // code), and that each county checks the next one in that order (cyclic): no county checks itself and, with
  // noReciprocal, no two counties check each other.

  static boolean isCountyPairing(Path file) throws Exception {
    return java.util.regex.Pattern.compile("\"kind\"\\s*:\\s*\"county-pairing\"")
        .matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
  }

  @SuppressWarnings("unchecked")
  static int verifyCountyPairingFile(Path file) throws Exception {
    Map<String, Object> rec = (Map<String, Object>) new Json(Files.readString(file, StandardCharsets.UTF_8)).value();
    List<String> diffs = verifyCountyPairing(rec);
    if (diffs.isEmpty()) {
      System.out.println("MATCH");
      return 0;
    }
    System.out.println("DIFFERENCE");
    diffs.forEach(d -> System.out.println("  " + d));
    return 1;
  }

  @SuppressWarnings("unchecked")
  static List<String> verifyCountyPairing(Map<String, Object> rec) throws Exception {
    List<String> diffs = new ArrayList<>();
    String secret = (String) rec.get("secret");
    Map<String, Object> ceremony = (Map<String, Object>) rec.get("ceremony");
    if (secret == null || ceremony == null) {
      diffs.add("status: the pairing is not fixed yet (no ceremony, no revealed secret); commitment "
          + rec.get("commitment"));
      return diffs;
    }
    String seed = checkCeremony(diffs, rec, (List<Object>) ceremony.get("officials"));
    List<String> counties = new ArrayList<>((List<String>) (List<?>) rec.get("counties"));
    String[][] keyed = new String[counties.size()][];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = new String[] {sha256(seed + counties.get(i)), counties.get(i)};
    }
    Arrays.sort(keyed, (a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> expectedOrder = new ArrayList<>();
    for (String[] k : keyed) {
      expectedOrder.add(k[1]);
    }
    List<String> publishedOrder = new ArrayList<>();
    Object order = rec.get("order");
    if (order != null) {
      for (Object o : (List<Object>) order) {
        publishedOrder.add((String) ((Map<String, Object>) o).get("countyCode"));
      }
      if (!publishedOrder.equals(expectedOrder)) {
        diffs.add("order: published " + publishedOrder + ", expected " + expectedOrder);
      }
    }
    Map<String, String> expected = new java.util.TreeMap<>();
    for (int i = 0; i < expectedOrder.size(); i++) {
      expected.put(expectedOrder.get((i + 1) % expectedOrder.size()), expectedOrder.get(i));
    }
    Map<String, String> published = new java.util.TreeMap<>();
    for (Object o : (List<Object>) rec.get("pairs")) {
      Map<String, Object> pair = (Map<String, Object>) o;
      String inspected = (String) pair.get("inspectedCounty");
      String inspecting = (String) pair.get("inspectingCounty");
      if (published.put(inspected, inspecting) != null) {
        diffs.add("pairs: county " + inspected + " is inspected twice");
      }
      if (inspected.equals(inspecting)) {
        diffs.add("pairs: county " + inspected + " inspects itself");
      }
    }
    if (!published.equals(expected)) {
      diffs.add("pairs (inspected=inspecting): published " + published + ", expected " + expected);
    }
    if (Boolean.TRUE.equals(rec.get("noReciprocal"))) {
      for (Map.Entry<String, String> pair : published.entrySet()) {
        if (pair.getKey().equals(published.get(pair.getValue()))) {
          diffs.add("pairs: " + pair.getKey() + " and " + pair.getValue() + " check each other (noReciprocal)");
        }
      }
    }
    return diffs;
  }
}
