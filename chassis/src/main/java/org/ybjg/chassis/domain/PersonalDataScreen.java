package org.ybjg.chassis.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one screen every service runs over free text it publishes (典型案例, 检查结果, …): finds
 * identity-card numbers, mobile and landline numbers and the names of the people a record protects
 * (whistleblowers, insured persons) however they are written — with spaces or hyphens between the
 * digits, a {@code +86} or {@code 0086} prefix, full-width digits (１３９…), a name spaced out (张 三).
 * Public pages carry no personal data (《中华人民共和国个人信息保护法》; 《医疗保障基金使用监督管理举报处理暂行办法》 on keeping
 * whistleblowers' identities secret).
 *
 * <p>Digits are read in runs that may hold up to two separators between digits (spaces, hyphens,
 * dashes, brackets), so {@code 151-4555-7349} and {@code (0755) 8888 1234} read as one number,
 * while a date ({@code 2024-03-01}) or an amount is too short to look like one. A dot is not a
 * separator: amounts are written with one.
 */
public final class PersonalDataScreen {

  /** What was found, with its Chinese name for the message. */
  public enum Kind {
    ID_NUMBER("身份证号码"),
    MOBILE_NUMBER("手机号码"),
    LANDLINE_NUMBER("固定电话号码"),
    PERSON_NAME("受保护人员的姓名");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A finding at {@code [start, end)} of the text as given. */
  public record Hit(Kind kind, int start, int end) {}

  private static final String DIGIT = "[0-9０-９]";
  private static final String SEPARATOR = "[\\s\\u3000\\-‐‑‒–—―－()（）]";
  private static final Pattern DIGIT_RUN =
      Pattern.compile(
          "(?:(?:\\+|＋)" + SEPARATOR + "?)?" + DIGIT + "(?:" + SEPARATOR + "{0,2}[0-9０-９XxＸｘ])*");
  private static final Pattern MOBILE = Pattern.compile("^(?:\\+?86|0086)?1[3-9][0-9]{9}$");
  // area code 010, 02x or 0xxx, then a local number that never starts with 0 or 1
  private static final Pattern LANDLINE =
      Pattern.compile("^(?:\\+?86|0086)?0(?:10|2[0-9]|[3-9][0-9]{2})[2-9][0-9]{6,7}$");
  private static final Pattern ID_18 =
      Pattern.compile(
          "^[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]$");
  private static final Pattern ID_15 =
      Pattern.compile("^[1-9][0-9]{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}$");
  private static final Pattern PIECE = Pattern.compile("[0-9０-９XxＸｘ]+");
  private static final int LONGEST_NUMBER = 22;
  private static final int SHORTEST_NAME = 2;

  private PersonalDataScreen() {}

  /** Every finding in {@code text}, in order; {@code protectedNames} may be empty. */
  public static List<Hit> scan(String text, Collection<String> protectedNames) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    Matcher run = DIGIT_RUN.matcher(text);
    while (run.find()) {
      numbersIn(run, hits);
    }
    for (String name : protectedNames) {
      Pattern spaced = spacedOut(name);
      if (spaced == null) {
        continue;
      }
      Matcher found = spaced.matcher(text);
      while (found.find()) {
        hits.add(new Hit(Kind.PERSON_NAME, found.start(), found.end()));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return List.copyOf(hits);
  }

  /**
   * Refuses {@code text} for {@code field} when it holds personal data, naming the first kind found
   * (and never echoing the data itself).
   */
  public static void refuseIfFound(String field, String text, Collection<String> protectedNames) {
    List<Hit> hits = scan(text, protectedNames);
    if (!hits.isEmpty()) {
      Kind kind = hits.get(0).kind();
      throw Refusal.rule(
          "personal-data",
          field,
          "the text seems to hold personal data (" + kind.name() + "): publish none",
          kind.label());
    }
  }

  /** {@code text} with every finding replaced by {@code ***}, for text published as recorded. */
  public static String mask(String text, Collection<String> protectedNames) {
    List<Hit> hits = scan(text, protectedNames);
    if (hits.isEmpty()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text.length());
    int at = 0;
    for (Hit hit : hits) {
      if (hit.start() < at) {
        at = Math.max(at, hit.end());
        continue;
      }
      masked.append(text, at, hit.start()).append("***");
      at = hit.end();
    }
    return masked.append(text, at, text.length()).toString();
  }

  /**
   * The numbers in a run: consecutive digit groups whose concatenation reads as a number, the
   * longest first. Groups are never split, so two dates written with a dash between them do not
   * read as a phone number made of their middle digits.
   */
  private static void numbersIn(Matcher run, List<Hit> hits) {
    List<int[]> pieces = new ArrayList<>();
    Matcher piece = PIECE.matcher(run.group());
    while (piece.find()) {
      pieces.add(new int[] {piece.start(), piece.end()});
    }
    String group = run.group();
    boolean plus = group.startsWith("+") || group.startsWith("＋");
    int first = 0;
    while (first < pieces.size()) {
      StringBuilder digits = new StringBuilder(plus && first == 0 ? "+" : "");
      int found = -1;
      Kind kind = null;
      for (int last = first; last < pieces.size(); last++) {
        digits.append(ascii(group.substring(pieces.get(last)[0], pieces.get(last)[1])));
        if (digits.length() > LONGEST_NUMBER) {
          break;
        }
        Kind read = classify(digits.toString());
        if (read != null) {
          found = last;
          kind = read;
        }
      }
      if (kind == null) {
        first++;
        continue;
      }
      int start = plus && first == 0 ? 0 : pieces.get(first)[0];
      hits.add(new Hit(kind, run.start() + start, run.start() + pieces.get(found)[1]));
      first = found + 1;
    }
  }

  private static String ascii(String digits) {
    return Normalizer.normalize(digits, Normalizer.Form.NFKC).toUpperCase();
  }

  private static Kind classify(String digits) {
    if (ID_18.matcher(digits).matches() || ID_15.matcher(digits).matches()) {
      return Kind.ID_NUMBER;
    }
    if (MOBILE.matcher(digits).matches()) {
      return Kind.MOBILE_NUMBER;
    }
    if (LANDLINE.matcher(digits).matches()) {
      return Kind.LANDLINE_NUMBER;
    }
    return null;
  }

  /** The name as a pattern that allows spaces between its characters; null when too short. */
  private static Pattern spacedOut(String name) {
    if (name == null) {
      return null;
    }
    String compact = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    if (compact.codePointCount(0, compact.length()) < SHORTEST_NAME) {
      return null;
    }
    StringBuilder pattern = new StringBuilder();
    compact
        .codePoints()
        .forEach(
            c -> {
              if (!pattern.isEmpty()) {
                pattern.append("[\\s\\u3000]*");
              }
              pattern.append(Pattern.quote(new String(Character.toChars(c))));
            });
    return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE);
  }
}
