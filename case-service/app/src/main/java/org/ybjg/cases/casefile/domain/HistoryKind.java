package org.ybjg.cases.casefile.domain;

/** What can happen to a case. */
public enum HistoryKind {
  OPENED("案源登记"),
  FILED("立案"),
  FILING_EXTENDED("延长立案期限"),
  DECLINED("不予立案"),
  NOTIFIED("告知拟处罚"),
  STATEMENT_RECORDED("陈述申辩"),
  HEARING_REQUESTED("申请听证"),
  HEARING_HELD("举行听证"),
  RIGHTS_WAIVED("放弃陈述申辩和听证"),
  LEGAL_REVIEWED("法制审核"),
  DECISION_EXTENDED("延长办案期限"),
  DISMISSED("撤销案件/不予处罚"),
  DECISION_ISSUED("作出处理决定"),
  SERVED("送达"),
  EXECUTED("执行完毕"),
  RECTIFICATION_ORDERED("责令整改"),
  RECTIFIED("整改完成"),
  CLOSED("结案"),
  OVERDUE("逾期"),
  REFERRED("移送"),
  REFERRAL_RECEIVED("移送接收"),
  REFERRAL_FEEDBACK("移送反馈"),
  PAYMENT_RECEIVED("收到缴款"),
  INSTALMENTS_APPROVED("批准分期缴纳"),
  LEDGER_NOTED("台账说明"),
  EXPOSED("典型案例曝光"),
  DOCTOR_POINTS_CONFIRMED("医保医师记分"),
  DECISION_REVOKED("处理决定撤销");

  private final String label;

  HistoryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
