package org.ybjg.cases.casefile.domain;

/**
 * Agreement measures a decision may order against a designated institution (docs/domain.md §2,
 * docs/law.md §1).
 */
public enum MeasureKind {
  /**
   * 暂停医保服务协议: the responsible departments (or the whole institution) stop billing the fund for a
   * period.
   */
  SUSPEND_AGREEMENT("暂停医保服务协议"),
  /** 解除医保服务协议: the handling agency ends the service agreement. */
  TERMINATE_AGREEMENT("解除医保服务协议");

  private final String label;

  MeasureKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
