package org.ybjg.cases.casefile.domain;

/** Where the clue of a case came from (docs/domain.md §4). */
public enum CaseOrigin {
  INSPECTION_FINDING("检查发现"),
  TIP_OFF("举报线索"),
  SMART_MONITORING("智能监控"),
  SELF_INSPECTION("自查自纠"),
  HANDOVER("上级交办");

  private final String label;

  CaseOrigin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
