package org.ybjg.chassis.imports.domain;

/** Where an import job is. */
public enum ImportStatus {
  QUEUED("排队中"),
  RUNNING("导入中"),
  COMPLETED("已完成"),
  FAILED("失败");

  private final String label;

  ImportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
