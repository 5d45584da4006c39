package org.ybjg.registry.review.domain;

/** How an application was checked (承医保发〔2019〕2号 §(二) 2: 医保信息系统核查、函询相关部门、现场考察、专家评估). */
public enum ReviewMethod {
  INFORMATION_SYSTEM_CHECK("信息系统核查"),
  INQUIRY_LETTER("函询"),
  SITE_VISIT("现场核查"),
  EXPERT_REVIEW("专家评审");

  private final String label;

  ReviewMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
