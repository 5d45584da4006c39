package org.ybjg.registry.review.domain;

/** The signed decision on an application. */
public enum Verdict {
  APPROVED("同意纳入定点"),
  REJECTED("不予纳入");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
