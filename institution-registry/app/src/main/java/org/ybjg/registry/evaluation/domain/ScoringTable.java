package org.ybjg.registry.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The points table of the annual evaluation (积分制, 承医保发〔2019〕2号 §6) as data, configured in
 * application.yml: every institution starts a year with {@code basePoints}; each decision deducts
 * the points of its nature (category) and of the improper-amount band it falls in; the year's
 * number of decisions deducts the points of its count band; the score never drops below 0 and gives
 * the first grade (best first) whose {@code minScore} it reaches. A decision of a veto category or
 * article forces the result EXIT (一票否决) whatever the points.
 */
public record ScoringTable(
    int basePoints,
    Map<String, Integer> naturePoints,
    List<AmountBand> amountBands,
    List<CountBand> countBands,
    List<Grade> grades,
    Veto veto) {

  /**
   * Improper amounts from {@code from} yuan (inclusive) deduct {@code points}; the highest band
   * reached counts.
   */
  public record AmountBand(BigDecimal from, int points) {
    public AmountBand {
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * A year with at least {@code from} decisions deducts {@code points}; the highest band reached
   * counts.
   */
  public record CountBand(int from, int points) {}

  /** A result grade: scores of at least {@code minScore} get it (grades are listed best first). */
  public record Grade(String code, String label, int minScore) {
    public Grade {
      Objects.requireNonNull(code, "code");
    }
  }

  /** The one-vote-veto list: violation categories (e.g. FRAUD) and articles of the regulation. */
  public record Veto(Set<String> categories, Set<String> articles) {
    public Veto {
      categories = categories == null ? Set.of() : Set.copyOf(categories);
      articles = articles == null ? Set.of() : Set.copyOf(articles);
    }
  }

  public static final String EXIT = "EXIT";
  public static final String EXIT_LABEL = "退出（一票否决）";

  public ScoringTable {
    naturePoints = naturePoints == null ? Map.of() : Map.copyOf(naturePoints);
    amountBands = sorted(amountBands, Comparator.comparing(AmountBand::from));
    countBands = sorted(countBands, Comparator.comparingInt(CountBand::from));
    grades = sorted(grades, Comparator.comparingInt(Grade::minScore).reversed());
    veto = veto == null ? new Veto(Set.of(), Set.of()) : veto;
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("an evaluation table needs at least one grade");
    }
  }

  /** The year's evaluation of these violations. */
  public Result evaluate(List<Violation> violations) {
    List<Scored> scored = violations.stream().map(this::score).toList();
    int countPoints = 0;
    for (CountBand band : countBands) {
      if (violations.size() >= band.from()) {
        countPoints = band.points();
      }
    }
    int deducted =
        countPoints + scored.stream().mapToInt(s -> s.naturePoints() + s.amountPoints()).sum();
    int score = Math.max(0, basePoints - deducted);
    Grade grade =
        grades.stream()
            .filter(g -> score >= g.minScore())
            .findFirst()
            .orElse(grades.get(grades.size() - 1));
    String vetoReason =
        scored.stream()
            .filter(Scored::veto)
            .findFirst()
            .map(s -> vetoReason(s.violation()))
            .orElse(null);
    return new Result(basePoints, score, violations.size(), countPoints, grade, vetoReason, scored);
  }

  private Scored score(Violation violation) {
    Integer nature = naturePoints.get(violation.category().name());
    int amountPoints = 0;
    for (AmountBand band : amountBands) {
      if (violation.improperAmount().compareTo(band.from()) >= 0) {
        amountPoints = band.points();
      }
    }
    boolean vetoed =
        veto.categories().contains(violation.category().name())
            || violation.article() != null && veto.articles().contains(violation.article());
    return new Scored(violation, nature == null ? 0 : nature, amountPoints, vetoed);
  }

  private String vetoReason(Violation violation) {
    String what =
        veto.categories().contains(violation.category().name())
            ? violation.category().label()
            : "违反第" + violation.article() + "条";
    return "一票否决："
        + what
        + "（决定 "
        + (violation.decisionNumber() == null ? violation.caseId() : violation.decisionNumber())
        + "）";
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> copy = new ArrayList<>(items == null ? List.of() : items);
    copy.sort(order);
    return List.copyOf(copy);
  }

  /** One violation with the points it deducts. */
  public record Scored(Violation violation, int naturePoints, int amountPoints, boolean veto) {}

  /**
   * The year's result: {@link #result()} is the grade code, or EXIT when a violation is on the veto
   * list.
   *
   * @param vetoReason why the result is EXIT, null if not vetoed
   */
  public record Result(
      int basePoints,
      int score,
      int decisionCount,
      int countPoints,
      Grade grade,
      String vetoReason,
      List<Scored> scored) {

    public boolean vetoed() {
      return vetoReason != null;
    }

    public String result() {
      return vetoed() ? EXIT : grade.code();
    }

    public String resultLabel() {
      return vetoed() ? EXIT_LABEL : grade.label();
    }
  }
}
