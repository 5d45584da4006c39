package org.ybjg.registry.institution.domain;

/**
 * How heavily a decision weighs on an institution's credit (docs/law.md#regulation: 失信 and 严重失信
 * records).
 */
public enum CreditSeverity {
  RECORD("失信记录"),
  SERIOUS("严重失信");

  private final String label;

  CreditSeverity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
