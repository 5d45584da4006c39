package org.ybjg.cases.tipoff.domain;

/** What a handler does with a tip-off. */
public enum TipOffAction {
  ASSIGN("指定承办人"),
  ACKNOWLEDGE("告知受理"),
  VERIFY("核查"),
  HANDLE("处理"),
  FEEDBACK("反馈"),
  PAY_REWARD("发放奖励");

  private final String label;

  TipOffAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
