package org.ybjg.inspection.directory.domain;

import org.ybjg.inspection.common.domain.Coded;

/** State of the institution's service agreement (服务协议) with the handling agency. */
public enum AgreementState implements Coded {
  NONE("未签订"),
  ACTIVE("履行中"),
  SUSPENDED("暂停"),
  TERMINATED("已解除");

  private final String label;

  AgreementState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
