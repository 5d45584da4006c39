package org.ybjg.inspection.sampling.domain;

import org.ybjg.chassis.domain.Refusal;

/** An institution left out of the draw, with why (explicit, or checked recently). */
public record Exclusion(String institutionId, String reason) {

  public Exclusion {
    if (institutionId == null || institutionId.isBlank()) {
      throw Refusal.rule(
          "sampling-rule", "exclusions.institutionId", "an exclusion names an institution");
    }
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("sampling-rule", "exclusions.reason", "an exclusion needs a reason");
    }
  }
}
