package org.ybjg.cases.casefile.domain;

/** Where a case stands in the administrative-penalty procedure (docs/law.md §2). */
public enum CaseStatus {
  /** 待立案: a clue is registered; the bureau decides within 15 working days whether to file. */
  CLUE("待立案"),
  /** 已立案: filed and under investigation; decision due within 90 days of filing. */
  FILED("已立案"),
  /**
   * 已告知: the party was notified of the proposed penalty and its rights (statement, defence,
   * hearing).
   */
  NOTIFIED("已告知"),
  /** 已决定: the decision is issued; to be served within 7 working days. */
  DECIDED("已决定"),
  /** 已送达: served; the fine is due 15 days after service. */
  SERVED("已送达"),
  /** 已执行: fine paid and funds returned. */
  EXECUTED("已执行"),
  /** 整改中: rectification ordered, with its deadline. */
  RECTIFYING("整改中"),
  /** 已结案. */
  CLOSED("已结案");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
