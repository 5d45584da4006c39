package org.ybjg.inspection.directory.domain;

import org.ybjg.inspection.common.domain.Coded;

/** State of the institution's service agreement (服务协议) with the handling agency. */
public enum AgreementState implements Coded {
  NONE("未签协议"),
  ACTIVE("协议有效"),
  SUSPENDED("暂停医保服务"),
  TERMINATED("解除协议");

  private final String label;

  AgreementState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
