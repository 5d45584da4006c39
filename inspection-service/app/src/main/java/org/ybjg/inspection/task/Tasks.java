package org.ybjg.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.problem.Problems;
import org.ybjg.chassis.security.Caller;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.roster.Inspectors;
import org.ybjg.inspection.sampling.SamplingPlans;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.TaskStatus;
import org.ybjg.inspection.sampling.domain.TeamMember;

/**
 * Inspection tasks (they live in their plan's document): queries, conclusion and publication of the
 * result.
 */
@Service
public class Tasks {

  private final SamplingPlans plans;
  private final Inspectors inspectors;
  private final Clock clock;

  public Tasks(SamplingPlans plans, Inspectors inspectors, Clock clock) {
    this.plans = plans;
    this.inspectors = inspectors;
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

  /**
   * Concludes a task in writing. Only its team (whose roster account is the caller) or an
   * administrator whose region covers the plan's: the random assignment of inspectors means nothing
   * if any officer of the region could write another team's result.
   */
  public InspectionTask conclude(
      Caller caller, String taskId, String summary, LocalDate concludedOn) {
    Access.requireAnyRole(caller, Access.FINDING_RECORDERS);
    LocalDate today = LegalCalendar.today(clock);
    if (!mayConclude(caller, taskId)) {
      throw new ErrorResponseException(
          HttpStatus.FORBIDDEN,
          Problems.of(
              HttpStatus.FORBIDDEN,
              "not-on-team",
              "Not on the team",
              "只有该任务的检查组成员或计划的管理员可以办结任务 (only the task's team or the plan's"
                  + " administrators conclude it)"),
          null);
    }
    return change(caller, taskId, t -> t.conclude(summary, concludedOn, caller.username(), today));
  }

  /** Whether the caller is on the task's team or administers the plan's region. */
  public boolean mayConclude(Caller caller, String taskId) {
    SamplingPlan plan = visiblePlan(caller, taskId);
    return isPlanAdministrator(caller, plan) || isTeamMember(caller.username(), plan.task(taskId));
  }

  /** An administrator of the plan's region or above. */
  private static boolean isPlanAdministrator(Caller caller, SamplingPlan plan) {
    return caller.roles().stream().anyMatch(Access.ADMINISTRATORS::contains)
        && plan.regionPath().contains(caller.region());
  }

  private boolean isTeamMember(String username, InspectionTask task) {
    return inspectors.anyHasAccount(
        task.team().stream().map(TeamMember::inspectorId).toList(), username);
  }

  private SamplingPlan visiblePlan(Caller caller, String taskId) {
    return plans
        .findByTask(taskId)
        .filter(p -> p.task(taskId).regionPath().contains(caller.region()))
        .orElseThrow(() -> Refusal.notFound("task not found"));
  }

  public InspectionTask publishResult(Caller caller, String taskId) {
    Access.requireAnyRole(caller, Access.ADMINISTRATORS);
    LocalDate today = LegalCalendar.today(clock);
    return change(caller, taskId, t -> t.publishResult(today));
  }

  private InspectionTask change(
      Caller caller, String taskId, UnaryOperator<InspectionTask> change) {
    SamplingPlan plan = visiblePlan(caller, taskId);
    SamplingPlan changed = plan.withTask(taskId, change);
    plans.update(plan, changed, List.of());
    return changed.task(taskId);
  }
}
