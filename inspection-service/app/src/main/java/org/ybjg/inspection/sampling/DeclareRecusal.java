package org.ybjg.inspection.sampling;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.PlanStatus;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.TaskStatus;

/**
 * A recusal (回避) declared after the draw: recorded in the draw record with its deterministic
 * replacement (the next eligible inspector in the target's walk), the task's team follows and is
 * announced again.
 */
@Service
class DeclareRecusal {

  private final SamplingPlans plans;
  private final SamplingEvents events;
  private final Clock clock;

  DeclareRecusal(SamplingPlans plans, SamplingEvents events, Clock clock) {
    this.plans = plans;
    this.events = events;
    this.clock = clock;
  }

  SamplingPlan handle(
      Caller caller, String drawId, String targetId, String inspectorId, String reason) {
    Access.requireAnyRole(caller, PlanAccess.PLANNERS);
    SamplingPlan plan =
        plans
            .findWithin(drawId, caller.region())
            .filter(p -> p.status() == PlanStatus.DRAWN)
            .orElseThrow(() -> Refusal.notFound("draw not found"));
    InspectionTask task =
        plan.tasks().stream()
            .filter(t -> t.institutionId().equals(targetId))
            .findFirst()
            .orElse(null);
    if (task != null && task.status() != TaskStatus.ASSIGNED) {
      throw Refusal.conflict("task-concluded", "该任务已办结，不能再申请回避 (the task is concluded)");
    }
    DrawRecord after =
        plan.draw()
            .withRecusal(
                targetId, inspectorId, reason, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    SamplingPlan changed = plan.recuse(after, targetId);
    InspectionTask updated =
        changed.tasks().stream()
            .filter(t -> t.institutionId().equals(targetId))
            .findFirst()
            .orElseThrow();
    return plans.update(plan, changed, List.of(events.taskAssigned(updated)));
  }
}
