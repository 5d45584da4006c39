package org.ybjg.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.sampling.SamplingPlans;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.TaskStatus;

/**
 * Inspection tasks (they live in their plan's document): queries, conclusion and publication of the
 * result.
 */
@Service
public class Tasks {

  private final SamplingPlans plans;
  private final Clock clock;

  public Tasks(SamplingPlans plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  /** Tasks whose institution lies in {@code region}, filtered; newest plans first. */
  public List<InspectionTask> search(
      String region, TaskStatus status, String institutionId, String planId) {
    List<InspectionTask> out = new ArrayList<>();
    for (SamplingPlan p : plans.withTasksIn(region)) {
      if (planId != null && !planId.equals(p.id())) {
        continue;
      }
      for (InspectionTask t : p.tasks()) {
        if (t.regionPath().contains(region)
            && (status == null || t.status() == status)
            && (institutionId == null || institutionId.equals(t.institutionId()))) {
          out.add(t);
        }
      }
    }
    return out;
  }

  public InspectionTask findWithin(String taskId, String region) {
    return plans
        .findByTask(taskId)
        .map(p -> p.task(taskId))
        .filter(t -> t.regionPath().contains(region))
        .orElseThrow(() -> Refusal.notFound("task not found"));
  }

  public InspectionTask conclude(
      Caller caller, String taskId, String summary, LocalDate concludedOn) {
    Access.requireAnyRole(caller, Access.FINDING_RECORDERS);
    LocalDate today = LegalCalendar.today(clock);
    return change(caller, taskId, t -> t.conclude(summary, concludedOn, caller.username(), today));
  }

  public InspectionTask publishResult(Caller caller, String taskId) {
    Access.requireAnyRole(caller, java.util.Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN"));
    LocalDate today = LegalCalendar.today(clock);
    return change(caller, taskId, t -> t.publishResult(today));
  }

  private InspectionTask change(
      Caller caller, String taskId, UnaryOperator<InspectionTask> change) {
    SamplingPlan plan =
        plans
            .findByTask(taskId)
            .filter(p -> p.task(taskId).regionPath().contains(caller.region()))
            .orElseThrow(() -> Refusal.notFound("task not found"));
    SamplingPlan changed = plan.withTask(taskId, change);
    plans.update(plan, changed, List.of());
    return changed.task(taskId);
  }
}
