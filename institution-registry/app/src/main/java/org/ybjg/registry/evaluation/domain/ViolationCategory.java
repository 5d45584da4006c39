package org.ybjg.registry.evaluation.domain;

/**
 * The nature of a violation, as the case service classifies decisions (吕医保发〔2021〕36号 checklist:
 * 欺诈骗保问题, 一般违规问题, 医保内部管理制度不健全, 其他).
 */
public enum ViolationCategory {
  FRAUD("欺诈骗保"),
  GENERAL_VIOLATION("一般违规"),
  MANAGEMENT("内部管理不规范"),
  OTHER("其他");

  private final String label;

  ViolationCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The category of a decision; a missing or unknown code counts as OTHER. */
  public static ViolationCategory of(String code) {
    for (ViolationCategory category : values()) {
      if (category.name().equals(code)) {
        return category;
      }
    }
    return OTHER;
  }
}
