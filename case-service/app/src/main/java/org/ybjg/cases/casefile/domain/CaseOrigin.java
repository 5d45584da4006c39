package org.ybjg.cases.casefile.domain;

/** Where the clue of a case came from (DOMAIN.md §4). */
public enum CaseOrigin {
  INSPECTION_FINDING("检查发现");

  private final String label;

  CaseOrigin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
