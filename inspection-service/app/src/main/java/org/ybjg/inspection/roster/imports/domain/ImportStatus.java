package org.ybjg.inspection.roster.imports.domain;

import org.ybjg.inspection.common.domain.Coded;

/** Where an import job is. */
public enum ImportStatus implements Coded {
  QUEUED("排队中"),
  RUNNING("导入中"),
  COMPLETED("已完成"),
  FAILED("失败");

  private final String label;

  ImportStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
