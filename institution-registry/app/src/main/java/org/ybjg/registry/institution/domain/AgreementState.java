package org.ybjg.registry.institution.domain;

/** State of the service agreement (服务协议) between the handling agency and the institution. */
public enum AgreementState {
  NONE("未签订"),
  ACTIVE("履行中"),
  SUSPENDED("暂停"),
  TERMINATED("已解除");

  private final String label;

  AgreementState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
