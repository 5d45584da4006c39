package org.ybjg.cases.casefile.domain;

/** The procedure steps an officer records on a case (the decision itself is issued separately). */
public enum StepAction {
  FILE("立案"),
  EXTEND_FILING("延长立案期限"),
  DECLINE("不予立案"),
  NOTIFY("告知拟处罚"),
  RECORD_STATEMENT("记录陈述申辩"),
  REQUEST_HEARING("申请听证"),
  HOLD_HEARING("举行听证"),
  WAIVE("放弃陈述申辩和听证"),
  LEGAL_REVIEW("法制审核"),
  EXTEND_DECISION("延长办案期限"),
  DISMISS("撤销案件/不予处罚"),
  SERVE("送达"),
  EXECUTE("执行完毕"),
  ORDER_RECTIFICATION("责令整改"),
  CONFIRM_RECTIFICATION("整改完成"),
  CLOSE("结案"),
  REVOKE_DECISION("撤销处理决定");

  private final String label;

  StepAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
