package org.ybjg.inspection.sampling;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/**
 * The seed ceremony: named officials enter digits in a recorded order; with the secret committed at
 * publication they fix the seed, and the secret is revealed. A secret not matching the commitment
 * is a 422 and changes nothing.
 */
@Service
class FixSeed {

  private final SamplingPlans plans;
  private final Clock clock;

  FixSeed(SamplingPlans plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  SamplingPlan handle(Caller caller, String id, List<Official> officials, String secret) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    SamplingPlan plan =
        plans.findWithin(id, caller.region()).orElseThrow(() -> Refusal.notFound("plan not found"));
    SamplingPlan seeded = plan.fixSeed(officials, secret, caller.username(), clock.instant());
    return plans.update(plan, seeded, List.of());
  }
}
