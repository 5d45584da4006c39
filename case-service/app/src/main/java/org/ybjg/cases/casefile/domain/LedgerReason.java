package org.ybjg.cases.casefile.domain;

/**
 * Why an open problem cannot be cleared by the campaign deadline (docs/domain.md §4, 吕医保发〔2021〕36号
 * §(三)3: 逐项说明原因).
 */
public enum LedgerReason {
  IN_JUDICIAL_PROCEEDINGS("进入司法程序"),
  REFERRED("已移送其他部门"),
  UNDER_INVESTIGATION("调查取证中"),
  AWAITING_PAYMENT("等待缴款/分期缴纳"),
  RECTIFYING("整改中"),
  OTHER("其他");

  private final String label;

  LedgerReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
