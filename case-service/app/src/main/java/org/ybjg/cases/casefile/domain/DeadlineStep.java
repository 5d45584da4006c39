package org.ybjg.cases.casefile.domain;

/** What a pending statutory deadline is for. */
public enum DeadlineStep {
  FILING("立案审查"),
  DECISION("作出决定"),
  SERVICE("送达"),
  PAYMENT("缴纳罚款/退回基金"),
  RECTIFICATION("整改");

  private final String label;

  DeadlineStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
