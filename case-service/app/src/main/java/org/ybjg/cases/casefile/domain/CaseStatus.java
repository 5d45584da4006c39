package org.ybjg.cases.casefile.domain;

/** Where a case stands. The full penalty procedure (notice, hearing, legal review, service) comes later. */
public enum CaseStatus {
  OPEN("已立案"),
  DECIDED("已决定");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
