package org.ybjg.inspection.sampling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/** Creates and revises draft plans (editable only before publication). */
@Service
class DraftPlans {

  private final SamplingPlans plans;
  private final RegionScope scope;
  private final Clock clock;

  DraftPlans(SamplingPlans plans, RegionScope scope, Clock clock) {
    this.plans = plans;
    this.scope = scope;
    this.clock = clock;
  }

  SamplingPlan create(Caller caller, PlanDefinition definition, String requestKey) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    if (requestKey != null) {
      var earlier = plans.findByRequestKey(requestKey);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    var path = PlanAccess.scopePath(caller, scope, definition.regionCode());
    // the store keeps milliseconds: the answer must equal what a later GET reads
    Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SamplingPlan plan =
        SamplingPlan.draft(Ids.next(), definition, path, caller.username(), createdAt, requestKey);
    try {
      plans.insert(plan);
      return plan;
    } catch (DuplicateKeyException e) {
      return plans.findByRequestKey(requestKey).orElseThrow(() -> e);
    }
  }

  SamplingPlan revise(Caller caller, String id, PlanDefinition definition) {
    return revise(caller, id, current -> definition);
  }

  /**
   * PUT replaces the definition, PATCH merges onto it; either only while the plan is a draft (409
   * after).
   */
  SamplingPlan revise(
      Caller caller, String id, java.util.function.UnaryOperator<PlanDefinition> change) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    SamplingPlan plan =
        plans.findWithin(id, caller.region()).orElseThrow(() -> Refusal.notFound("plan not found"));
    if (plan.status() != org.ybjg.inspection.sampling.domain.PlanStatus.DRAFT) {
      plan.revise(plan.definition(), plan.regionPath()); // 409 with the domain's wording
    }
    PlanDefinition definition = change.apply(plan.definition());
    var path = PlanAccess.scopePath(caller, scope, definition.regionCode());
    SamplingPlan revised = plan.revise(definition, path);
    return plans.update(plan, revised, java.util.List.of());
  }
}
