package org.ybjg.registry.filing.domain;

/** Profession of a filed staff member (医务人员基础信息, 承医保发〔2019〕2号 §4). */
public enum StaffRole {
  DOCTOR("医师"),
  NURSE("护士"),
  PHARMACIST("药师"),
  TECHNICIAN("技师"),
  OTHER("其他");

  private final String label;

  StaffRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
