package org.ybjg.cases.casefile.domain;

/**
 * How a circumstance moves the lawful fine range (《行政处罚法》 arts. 32, 33; 从重 for repeat offences).
 */
public enum AdjustmentKind {
  /** 从轻: within the statutory range, its lower half. */
  LIGHTER("从轻"),
  /** 减轻: below the statutory minimum. */
  REDUCED("减轻"),
  /** 不予处罚: no fine. */
  NO_PENALTY("不予处罚"),
  /** 从重: within the statutory range, its upper half. */
  HEAVIER("从重");

  private final String label;

  AdjustmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
