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
import org.ybjg.inspection.crosscheck.CrossCheckPairings;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/** Creates and revises draft plans (editable only before publication). */
@Service
class DraftPlans {

  private final SamplingPlans plans;
  private final RegionScope scope;
  private final CrossCheckPairings fixedPairings;
  private final Clock clock;

  DraftPlans(
      SamplingPlans plans, RegionScope scope, CrossCheckPairings fixedPairings, Clock clock) {
    this.plans = plans;
    this.scope = scope;
    this.fixedPairings = fixedPairings;
    this.clock = clock;
  }

  SamplingPlan create(Caller caller, PlanDefinition definition, String requestKey) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    if (requestKey != null) {
      var earlier = plans.findByRequestKey(requestKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), definition);
      }
    }
    var path = PlanAccess.scopePath(caller, scope, definition.regionCode());
    requirePairingWithinScope(caller, definition);
    // the store keeps milliseconds: the answer must equal what a later GET reads
    Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SamplingPlan plan =
        SamplingPlan.draft(Ids.next(), definition, path, caller.username(), createdAt, requestKey);
    try {
      plans.insert(plan);
      return plan;
    } catch (DuplicateKeyException e) {
      return replay(plans.findByRequestKey(requestKey).orElseThrow(() -> e), definition);
    }
  }

  /**
   * A team rule's pairing sends one county's officers to another: both must lie inside the plan's
   * region, or the pair must come from a county pairing fixed by lot (县际交叉检查 by the city). A
   * pairing taken from the request unchecked would let a county draw other counties' officers onto
   * its tasks, raise their loads and freeze their roster into its public record.
   */
  private void requirePairingWithinScope(Caller caller, PlanDefinition definition) {
    if (definition.teamRule() == null) {
      return;
    }
    String region = definition.regionCode();
    definition
        .teamRule()
        .pairing()
        .forEach(
            (target, inspecting) -> {
              if (!scope.regions().isWithin(target, region)) {
                throw Access.outsideRegion(caller, "teamRule.pairing", target);
              }
              if (!scope.regions().isWithin(inspecting, region)
                  && !fixedPairings.fixedPair(target, inspecting)) {
                throw Access.outsideRegion(caller, "teamRule.pairing", inspecting);
              }
            });
  }

  /** A retry answers the first plan, as long as it asks for the same plan. */
  private static SamplingPlan replay(SamplingPlan earlier, PlanDefinition definition) {
    if (!earlier.definition().equals(definition)) {
      throw Access.keyReused();
    }
    return earlier;
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
    requirePairingWithinScope(caller, definition);
    SamplingPlan revised = plan.revise(definition, path);
    return plans.update(plan, revised, java.util.List.of());
  }
}
