package org.ybjg.registry.review.domain;

/** What one review found. */
public enum ReviewOutcome {
  PASSED("符合"),
  FAILED("不符合");

  private final String label;

  ReviewOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
