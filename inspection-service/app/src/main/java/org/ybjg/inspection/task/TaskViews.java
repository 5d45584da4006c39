package org.ybjg.inspection.task;

import java.time.LocalDate;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.inspection.api.model.InspectionTaskDto;
import org.ybjg.inspection.api.model.InspectorRoleDto;
import org.ybjg.inspection.api.model.PublicResultDto;
import org.ybjg.inspection.api.model.PublicTeamMemberDto;
import org.ybjg.inspection.sampling.PlanViews;
import org.ybjg.inspection.sampling.domain.InspectionTask;

/** A task in the contract's shape (schemas InspectionTask and PublicResult). */
public final class TaskViews {

  private TaskViews() {}

  public static InspectionTaskDto staff(
      InspectionTask t, LocalDate today, WorkingDayCalendar calendar) {
    return new InspectionTaskDto()
        .id(t.id())
        .planId(t.planId())
        .planName(t.planName())
        .institutionId(t.institutionId())
        .institutionName(t.institutionName())
        .countyCode(t.countyCode())
        .team(PlanViews.members(t.team()))
        .dueDate(t.dueDate())
        .status(InspectionTaskDto.StatusEnum.fromValue(t.status().name()))
        .statusLabel(t.status().label())
        .concludedOn(t.concludedOn())
        .findingId(t.findingId())
        .summary(t.summary())
        .concludedBy(t.concludedBy())
        .resultPublishedOn(t.resultPublishedOn())
        .publishBy(t.publishBy(calendar))
        .publishByProvisional(t.publishByProvisional(calendar))
        .overdue(t.overdue(today, calendar));
  }

  /**
   * A concluded task's result as the public sees it: no usernames, the summary only once published.
   */
  public static PublicResultDto publicResult(
      InspectionTask t, LocalDate today, WorkingDayCalendar calendar) {
    return new PublicResultDto()
        .taskId(t.id())
        .planId(t.planId())
        .planName(t.planName())
        .institutionId(t.institutionId())
        .institutionName(t.institutionName())
        .countyCode(t.countyCode())
        .team(
            t.team().stream()
                .map(
                    m ->
                        new PublicTeamMemberDto()
                            .name(m.name())
                            .role(m.role() == null ? null : InspectorRoleDto.fromValue(m.role())))
                .toList())
        .concludedOn(t.concludedOn())
        .published(t.resultPublishedOn() != null)
        .resultPublishedOn(t.resultPublishedOn())
        .result(t.publicResult())
        .publishBy(t.publishBy(calendar))
        .publishByProvisional(t.publishByProvisional(calendar))
        .overdue(t.overdue(today, calendar));
  }
}
