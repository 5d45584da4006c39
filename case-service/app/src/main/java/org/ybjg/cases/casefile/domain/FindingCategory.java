package org.ybjg.cases.casefile.domain;

import java.util.Optional;

/**
 * The class of a finding, as the inspection checklists put it (docs/law.md §1): it decides which
 * article of the Regulation applies.
 */
public enum FindingCategory {
  /** 欺诈骗保: false settlement, forged records, fictitious services (条例 art. 40). */
  FRAUD("欺诈骗保"),
  /** 一般违规: improper charging or treatment (条例 art. 38). */
  GENERAL_VIOLATION("一般违规"),
  /** 内部管理问题: internal management gaps (条例 art. 39). */
  MANAGEMENT("内部管理问题"),
  OTHER("其他");

  private final String label;

  FindingCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<FindingCategory> fromCode(String code) {
    for (FindingCategory category : values()) {
      if (category.name().equals(code)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
