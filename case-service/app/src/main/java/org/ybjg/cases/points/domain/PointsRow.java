package org.ybjg.cases.points.domain;

import java.math.BigDecimal;
import java.util.Set;
import org.ybjg.cases.casefile.domain.FindingCategory;

/**
 * One row of the province's points table: the tier of points (记分档次) for the staff a decision names
 * when the institution's violation matches the row, and where the mapping comes from.
 *
 * @param article the article of 《医疗保障基金使用监督管理条例》 the decision applied; null matches any, {@link
 *     #NO_ARTICLE} a decision that applies none
 * @param category the violation class; null matches any
 * @param minAmount the improper amount in yuan the case found at least; null matches any
 * @param toConfirm the value is from memory of the texts, not checked against an official copy
 */
public record PointsRow(
    int minPoints,
    int maxPoints,
    String article,
    FindingCategory category,
    BigDecimal minAmount,
    boolean toConfirm,
    String source) {

  /** The article cell of a row for decisions that apply no article (agreement handling only). */
  public static final String NO_ARTICLE = "NONE";

  /**
   * The national tiers (医保发〔2024〕23号): 1–3, 4–6, 7–9 and 10–12 points per offence; a province maps
   * sanctions to them but cannot invent others.
   */
  static final Set<String> NATIONAL_TIERS = Set.of("1-3", "4-6", "7-9", "10-12");

  public PointsRow {
    if (!NATIONAL_TIERS.contains(minPoints + "-" + maxPoints)) {
      throw new IllegalArgumentException(
          minPoints
              + "–"
              + maxPoints
              + " is not one of the national tiers 1–3, 4–6, 7–9, 10–12 (医保发〔2024〕23号)");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a points row names its source");
    }
  }

  /**
   * Whether a decision applying {@code applied} to a case of {@code of} and {@code amount} falls
   * under this row.
   */
  public boolean matches(String applied, FindingCategory of, BigDecimal amount) {
    boolean articleMatches =
        article == null || (NO_ARTICLE.equals(article) ? applied == null : article.equals(applied));
    boolean categoryMatches = category == null || category == of;
    boolean amountMatches =
        minAmount == null || (amount != null && amount.compareTo(minAmount) >= 0);
    return articleMatches && categoryMatches && amountMatches;
  }

  public boolean allows(int points) {
    return points >= minPoints && points <= maxPoints;
  }
}
