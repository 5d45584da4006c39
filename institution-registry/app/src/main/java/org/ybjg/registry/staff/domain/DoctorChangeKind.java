package org.ybjg.registry.staff.domain;

/** What happened to a 医保医师's record. */
public enum DoctorChangeKind {
  DOCTOR_REGISTERED("登记医保医师"),
  DOCTOR_SUSPENDED("暂停医保支付资格"),
  DOCTOR_REINSTATED("恢复医保支付资格"),
  DOCTOR_CREDIT_RECORDED("记入医保医师信用记录"),
  DOCTOR_CREDIT_REPAIRED("医保医师信用修复"),
  DOCTOR_CASE_RECTIFIED("医保医师案件整改结案");

  private final String label;

  DoctorChangeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
