package org.ybjg.registry.institution.domain;

/**
 * What a change to an institution was. New kinds are added as the registry grows (filing,
 * evaluation, credit).
 */
public enum ChangeKind {
  REGISTERED("登记"),
  AGREEMENT_SIGNED("签订服务协议"),
  AGREEMENT_RENEWED("续签服务协议"),
  AGREEMENT_SUSPENDED("暂停医保服务"),
  AGREEMENT_REINSTATED("恢复医保服务"),
  AGREEMENT_TERMINATED("解除服务协议"),
  BASIC_INFO_UPDATED("基本信息变更"),
  FUND_PAYMENT_RECORDED("基金支付额及排名更新"),
  CREDIT_RECORDED("记入信用记录"),
  CREDIT_REPAIRED("信用修复"),
  CASE_RECTIFIED("整改结案"),
  DEPARTMENT_ADDED("新增科室");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
