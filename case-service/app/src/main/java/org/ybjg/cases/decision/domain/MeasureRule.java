package org.ybjg.cases.decision.domain;

import org.ybjg.cases.casefile.domain.MeasureKind;

/**
 * One row of the measure rule table: the period a measure may last (null bounds: it has no period)
 * and where that comes from. {@code toConfirm} marks values not yet checked against an official
 * copy of the text (docs/law.md): a bureau may override them.
 */
public record MeasureRule(
    MeasureKind kind,
    Integer minMonths,
    Integer maxMonths,
    String articles,
    String source,
    boolean toConfirm) {

  public MeasureRule {
    if (kind == null) {
      throw new IllegalArgumentException("a measure rule needs its kind");
    }
    if ((minMonths == null) != (maxMonths == null)) {
      throw new IllegalArgumentException(kind + ": give both month bounds or neither");
    }
    if (minMonths != null && (minMonths < 1 || minMonths > maxMonths)) {
      throw new IllegalArgumentException(
          kind + ": month bounds " + minMonths + "–" + maxMonths + " are not a range");
    }
  }

  public boolean hasPeriod() {
    return minMonths != null;
  }

  /** e.g. {@code 条例 arts. 38, 40} for messages. */
  public String citation() {
    return "条例 art" + (articles.contains(",") ? "s. " : ". ") + articles;
  }
}
