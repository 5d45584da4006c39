package org.ybjg.inspection.sampling.domain;

/** An institution left out of the draw, with why (explicit, or checked recently). */
public record Exclusion(String institutionId, String reason) {

  public Exclusion {
    if (institutionId == null || institutionId.isBlank()) {
      throw new SamplingRuleException("exclusions.institutionId", "an exclusion names an institution");
    }
    if (reason == null || reason.isBlank()) {
      throw new SamplingRuleException("exclusions.reason", "an exclusion needs a reason");
    }
  }
}
