package org.ybjg.registry.staff.domain;

/** Whether a 医保医师's services are paid by the fund today. */
public enum DoctorStatus {
  ACTIVE("正常"),
  SUSPENDED("暂停医保支付资格");

  private final String label;

  DoctorStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
