package org.ybjg.cases.casefile.domain;

/** The statutory periods of the time-limit table (docs/law.md §2). */
public enum LimitKey {
  FILING("立案审查期限"),
  FILING_EXTENSION("立案审查延长"),
  HEARING_REQUEST("陈述申辩和听证申请期限"),
  DECISION("作出决定期限"),
  DECISION_EXTENSION("办案期限延长上限"),
  SERVICE("送达期限"),
  PAYMENT("罚款缴纳期限");

  private final String label;

  LimitKey(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
