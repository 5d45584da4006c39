package org.ybjg.cases.casefile.domain;

/**
 * What a decision means for the institution's credit record (docs/law.md §5; provincial rules
 * vary).
 */
public enum CreditConsequence {
  NONE("无"),
  RECORD("记入失信记录"),
  SERIOUS("严重失信");

  private final String label;

  CreditConsequence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
