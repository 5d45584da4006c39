package org.ybjg.cases.tipoff.domain;

/** Where a tip-off stands (澄江市医保局2024年预算项目文本 §(九): 受理、检查、处理、反馈). */
public enum TipOffStatus {
  RECEIVED("已受理"),
  ACKNOWLEDGED("已告知受理"),
  VERIFIED("查证属实"),
  UNFOUNDED("查无实据"),
  HANDLED("已处理"),
  FEEDBACK_GIVEN("已反馈");

  private final String label;

  TipOffStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
