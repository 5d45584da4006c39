package org.ybjg.inspection.sampling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.ceremony.domain.Commitment;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.directory.DirectoryEntries;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.inspection.sampling.domain.Exclusion;
import org.ybjg.inspection.sampling.domain.ForcedInclusion;
import org.ybjg.inspection.sampling.domain.PlanDefinition;
import org.ybjg.inspection.sampling.domain.Population;
import org.ybjg.inspection.sampling.domain.Publication;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.StratifiedDraw;
import org.ybjg.inspection.sampling.domain.StratumRule;

/**
 * Publishes a plan: freezes it, snapshots the eligible population from the directory, and publishes
 * the rule version, the population hash and the seed commitment — before anyone knows the seed.
 * Quotas the population cannot meet (a strict stratum below its minimum, or nobody eligible at all)
 * are refused, nothing written.
 */
@Service
class PublishPlan {

  private final SamplingPlans plans;
  private final DirectoryEntries directory;
  private final EarlierChecks earlier;
  private final AgencyDirectory agencies;
  private final Clock clock;

  PublishPlan(
      SamplingPlans plans,
      DirectoryEntries directory,
      EarlierChecks earlier,
      AgencyDirectory agencies,
      Clock clock) {
    this.plans = plans;
    this.directory = directory;
    this.earlier = earlier;
    this.agencies = agencies;
    this.clock = clock;
  }

  /**
   * id → draw weight for the population's members whose credit grade the plan weights (only where
   * not 1).
   */
  private static Map<String, Integer> weights(
      PlanDefinition def, List<DirectoryEntry> inScope, Population.Snapshot snapshot) {
    Map<String, Integer> weights = new java.util.TreeMap<>();
    if (!def.creditWeights().isEmpty()) {
      for (DirectoryEntry e : inScope) {
        int w = def.weightOf(e.creditGrade());
        if (w != 1 && snapshot.counties().containsKey(e.id())) {
          weights.put(e.id(), w);
        }
      }
    }
    return weights;
  }

  SamplingPlan handle(Caller caller, String id, String suppliedCommitment) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    SamplingPlan plan =
        plans.findWithin(id, caller.region()).orElseThrow(() -> Refusal.notFound("plan not found"));
    PlanDefinition def = plan.definition();
    if (plan.publication() != null) {
      return plan.publish(plan.publication()); // 409 with the domain's wording
    }
    List<DirectoryEntry> inScope = directory.within(def.regionCode());
    Population.Snapshot snapshot =
        Population.build(
            def,
            inScope,
            def.strata().stream().anyMatch(StratumRule::takesAgencies)
                ? agencies.within(def.regionCode())
                : List.of());
    if (snapshot.size() == 0) {
      throw Refusal.rule(
          "sampling-rule",
          "strata",
          "范围内没有符合条件的检查对象 (nobody in scope is eligible: nothing to draw)");
    }
    Set<String> forcedIn = new HashSet<>();
    for (ForcedInclusion in : def.inclusions()) {
      if (!snapshot.counties().containsKey(in.institutionId())) {
        throw Refusal.rule(
            "sampling-rule",
            "inclusions",
            "强制纳入的机构 "
                + in.institutionId()
                + " 不在本计划的检查对象范围内 (forced inclusion is not in the eligible population)");
      }
      forcedIn.add(in.institutionId());
    }
    Map<String, Exclusion> out = new LinkedHashMap<>();
    def.exclusions().forEach(e -> out.put(e.institutionId(), e));
    LocalDate today = LegalCalendar.today(clock);
    if (def.excludeCheckedWithinMonths() != null) {
      earlier
          .checkedSince(def.regionCode(), today.minusMonths(def.excludeCheckedWithinMonths()))
          .forEach(
              (inst, why) -> {
                if (!forcedIn.contains(inst) && snapshot.counties().containsKey(inst)) {
                  out.putIfAbsent(inst, new Exclusion(inst, why));
                }
              });
    }
    List<Publication.StratumSize> sizes = new ArrayList<>();
    for (StratumRule s : def.strata()) {
      int size =
          (int) snapshot.strata().get(s.code()).stream().filter(i -> !out.containsKey(i)).count();
      int quota = s.stratum().quotaFor(size);
      if (s.strict() && size < s.minimum()) {
        throw Refusal.rule(
            "sampling-rule",
            "strata",
            "分层 "
                + s.code()
                + " 只有 "
                + size
                + " 个符合条件的对象，达不到最少 "
                + s.minimum()
                + " 个 (stratum "
                + s.code()
                + " has "
                + size
                + " eligible, its minimum is "
                + s.minimum()
                + ")");
      }
      sizes.add(new Publication.StratumSize(s.code(), size, quota, Math.max(0, quota - size)));
    }
    String secret = null;
    String commitment;
    if (suppliedCommitment != null && !suppliedCommitment.isBlank()) {
      commitment = suppliedCommitment.strip().toLowerCase(java.util.Locale.ROOT);
      if (!Commitment.isWellFormed(commitment)) {
        throw Refusal.rule(
            "sampling-rule", "commitment", "承诺值须为64位十六进制 SHA-256 (a commitment is 64 hex digits)");
      }
    } else {
      secret = Commitment.newSecret();
      commitment = Commitment.of(secret);
    }
    Publication publication =
        new Publication(
            SamplingPlan.RULE_VERSION,
            snapshot.strata(),
            snapshot.counties(),
            StratifiedDraw.populationHash(snapshot.strata()),
            List.copyOf(new java.util.TreeSet<>(forcedIn)),
            List.copyOf(out.values()),
            sizes,
            commitment,
            secret,
            secret == null,
            caller.username(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            weights(def, inScope, snapshot));
    return plans.update(plan, plan.publish(publication), List.of());
  }
}
