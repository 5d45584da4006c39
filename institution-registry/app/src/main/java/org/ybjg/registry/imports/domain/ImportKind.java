package org.ybjg.registry.imports.domain;

/** What an import brings in. */
public enum ImportKind {
  INSTITUTIONS("定点医药机构"),
  FUND_PAYMENTS("基金支付额");

  private final String label;

  ImportKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
