package org.ybjg.inspection.sampling.domain;

import org.ybjg.chassis.domain.Refusal;

/** An institution the plan takes in any case (counts toward its stratum's quota). */
public record ForcedInclusion(String institutionId, InclusionReason reason, String note) {

  public ForcedInclusion {
    if (institutionId == null || institutionId.isBlank()) {
      throw Refusal.rule(
          "sampling-rule", "inclusions.institutionId", "a forced inclusion names an institution");
    }
    if (reason == null) {
      throw Refusal.rule("sampling-rule", "inclusions.reason", "a forced inclusion needs a reason");
    }
  }
}
