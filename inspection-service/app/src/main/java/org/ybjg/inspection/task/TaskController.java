package org.ybjg.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.sampling.domain.TaskStatus;

/** Inspection tasks, scoped to the caller's region (contract: tag Tasks in the OpenAPI spec). */
@RestController
class TaskController {

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
    this.tasks = tasks;
    this.currentCaller = currentCaller;
    this.scope = scope;
    this.clock = clock;
    this.calendars = calendars;
  }

  record ConclusionBody(String summary, LocalDate concludedOn) {}

  @GetMapping(path = "/api/inspection/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> list(
      @RequestParam(required = false) String countyCode,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String institutionId,
      @RequestParam(required = false) String planId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
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
    int p = Math.max(0, page);
    int s = Math.min(Math.max(1, size), 200);
    List<Map<String, Object>> items =
        all.stream()
            .skip((long) p * s)
            .limit(s)
            .map(t -> TaskViews.staff(t, today, calendar))
            .toList();
    return Map.of("items", items, "page", p, "size", s, "total", all.size());
  }

  @GetMapping(path = "/api/inspection/tasks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> get(@PathVariable String id) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    return TaskViews.staff(
        tasks.findWithin(id, caller.region()), LegalCalendar.today(clock), calendars.current());
  }

  @PostMapping(
      path = "/api/inspection/tasks/{id}/conclusion",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> conclude(@PathVariable String id, @RequestBody ConclusionBody body) {
    return TaskViews.staff(
        tasks.conclude(currentCaller.get(), id, body.summary(), body.concludedOn()),
        LegalCalendar.today(clock),
        calendars.current());
  }

  @PostMapping(
      path = "/api/inspection/tasks/{id}/result-publication",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> publishResult(@PathVariable String id) {
    return TaskViews.staff(
        tasks.publishResult(currentCaller.get(), id),
        LegalCalendar.today(clock),
        calendars.current());
  }
}
