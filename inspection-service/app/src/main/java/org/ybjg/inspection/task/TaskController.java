package org.ybjg.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.api.TasksApi;
import org.ybjg.inspection.api.model.InspectionTaskDto;
import org.ybjg.inspection.api.model.InspectionTaskPageDto;
import org.ybjg.inspection.api.model.TaskConclusionDto;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.TaskStatus;

/** Inspection tasks, scoped to the caller's region (contract: tag Tasks in the OpenAPI spec). */
@RestController
class TaskController implements TasksApi {

  private final Tasks tasks;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;
  private final Clock clock;

  private final WorkingDayCalendars calendars;

  TaskController(
      Tasks tasks,
      CurrentCaller currentCaller,
      RegionScope scope,
      Clock clock,
      WorkingDayCalendars calendars) {
    this.calendars = calendars;
    this.tasks = tasks;
    this.currentCaller = currentCaller;
    this.scope = scope;
    this.clock = clock;
  }

  @Override
  public ResponseEntity<InspectionTaskPageDto> listInspectionTasks(
      String countyCode,
      String status,
      String institutionId,
      String planId,
      Integer page,
      Integer size) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    TaskStatus wanted = null;
    if (status != null) {
      try {
        wanted = TaskStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw Refusal.rule("sampling-rule", "status", "unknown status " + status);
      }
    }
    LocalDate today = LegalCalendar.today(clock);
    WorkingDayCalendar calendar = calendars.current();
    var all = tasks.search(scope.narrow(caller, countyCode), wanted, institutionId, planId);
    PageOf<InspectionTask> found = PageOf.slice(all, page, size);
    return ResponseEntity.ok(
        new InspectionTaskPageDto()
            .items(found.items().stream().map(t -> TaskViews.staff(t, today, calendar)).toList())
            .page(found.page())
            .size(found.size())
            .total(found.total()));
  }

  @Override
  public ResponseEntity<InspectionTaskDto> getInspectionTask(String id) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    return ResponseEntity.ok(
        TaskViews.staff(
                tasks.findWithin(id, caller.region()),
                LegalCalendar.today(clock),
                calendars.current())
            .mayConclude(tasks.mayConclude(caller, id)));
  }

  @Override
  public ResponseEntity<InspectionTaskDto> concludeInspectionTask(
      String id, TaskConclusionDto body) {
    return ResponseEntity.ok(
        TaskViews.staff(
                tasks.conclude(currentCaller.get(), id, body.getSummary(), body.getConcludedOn()),
                LegalCalendar.today(clock),
                calendars.current())
            .mayConclude(false));
  }

  @Override
  public ResponseEntity<InspectionTaskDto> publishInspectionResult(String id) {
    return ResponseEntity.ok(
        TaskViews.staff(
            tasks.publishResult(currentCaller.get(), id),
            LegalCalendar.today(clock),
            calendars.current()));
  }
}
