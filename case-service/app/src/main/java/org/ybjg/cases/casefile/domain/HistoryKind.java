package org.ybjg.cases.casefile.domain;

/** What can happen to a case. */
public enum HistoryKind {
  OPENED("立案"),
  DECISION_ISSUED("作出决定");

  private final String label;

  HistoryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
