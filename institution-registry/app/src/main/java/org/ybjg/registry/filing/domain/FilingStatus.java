package org.ybjg.registry.filing.domain;

/** Where an institution's annual qualification filing of one year stands (承医保发〔2019〕2号 §4–5). */
public enum FilingStatus {
  DUE("待备案"),
  FILED("已备案"),
  LATE("逾期备案"),
  MISSING("未备案");

  private final String label;

  FilingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
