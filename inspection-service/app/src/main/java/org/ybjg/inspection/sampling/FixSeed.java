package org.ybjg.inspection.sampling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.sampling.domain.CeremonyEntry;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/**
 * The seed ceremony: named officials enter digits in a recorded order; with the secret committed at publication they
 * fix the seed, and the secret is revealed. A secret not matching the commitment is a 422 and changes nothing.
 */
@Service
class FixSeed {

  static final int MAX_OFFICIALS = 10;

  private final SamplingPlans plans;
  private final Clock clock;

  FixSeed(SamplingPlans plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  record Official(String name, String role, String digits) {}

  SamplingPlan handle(Caller caller, String id, List<Official> officials, String secret) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    SamplingPlan plan = plans.findWithin(id, caller.region()).orElseThrow(() -> Refusal.notFound("plan not found"));
    if (officials == null || officials.isEmpty() || officials.size() > MAX_OFFICIALS) {
      throw Refusal.rule("sampling-rule", "officials", "须由1至10名官员依次录入数字 (1 to 10 officials enter digits)");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<CeremonyEntry> entries = new ArrayList<>();
    for (Official o : officials) {
      entries.add(new CeremonyEntry(o.name() == null ? null : o.name().strip(),
          o.role() == null ? null : o.role().strip(), o.digits(), now));
    }
    SamplingPlan seeded = plan.fixSeed(entries, secret, caller.username(), now);
    plans.update(plan, seeded, List.of());
    return plans.find(id).orElseThrow();
  }
}
