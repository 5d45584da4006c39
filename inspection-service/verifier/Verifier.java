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
 * Standalone verifier of a published inspection draw record (issue #4 §4). No dependencies:
 *
 * <pre>java Verifier.java draw-record.json</pre>
 *
 * Re-checks SHA-256(seed) against the commitment, the population hash, and re-derives every
 * stratum's targets: candidates minus forced exclusions, forced inclusions first, the rest ordered by
 * SHA-256(seed ‖ id) (hex, ties by id), quota = max(ceil(size × percent / 100), minimum). Prints MATCH
 * (exit 0) or each difference (exit 1).
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
    String seed = (String) rec.get("seed");
    if (!sha256(seed).equals(rec.get("commitment"))) {
      diffs.add("commitment: published " + rec.get("commitment") + ", SHA-256(seed) = " + sha256(seed));
    }
    TreeSet<String> forcedIn = new TreeSet<>((List<String>) (List<?>) rec.get("forcedIn"));
    TreeSet<String> forcedOut = new TreeSet<>((List<String>) (List<?>) rec.get("forcedOut"));
    List<String> all = new ArrayList<>();
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
      Arrays.sort(keyed, (a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
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
    }
    all.sort(null);
    String hash = sha256(String.join("\n", all));
    if (!hash.equals(rec.get("populationHash"))) {
      diffs.add("populationHash: published " + rec.get("populationHash") + ", computed " + hash);
    }
    return diffs;
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
    if (!sha256(secret).equals(rec.get("commitment"))) {
      diffs.add("commitment: published " + rec.get("commitment") + ", SHA-256(secret) = " + sha256(secret));
    }
    List<String> digits = new ArrayList<>();
    for (Object o : (List<Object>) ceremony.get("officials")) {
      digits.add((String) ((Map<String, Object>) o).get("digits"));
    }
    String seed = String.join("|", digits) + "|" + secret;
    if (!seed.equals(rec.get("seed"))) {
      diffs.add("seed: published " + rec.get("seed") + ", from the ceremony " + seed);
    }
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
