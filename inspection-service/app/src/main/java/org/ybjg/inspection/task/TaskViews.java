package org.ybjg.inspection.task;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.inspection.sampling.PlanViews;
import org.ybjg.inspection.sampling.domain.InspectionTask;

/** The JSON shapes of a task (schemas InspectionTask and PublicResult). */
public final class TaskViews {

  private TaskViews() {}

  public static Map<String, Object> staff(
      InspectionTask t, LocalDate today, WorkingDayCalendar calendar) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", t.id());
    v.put("planId", t.planId());
    v.put("planName", t.planName());
    v.put("institutionId", t.institutionId());
    v.put("institutionName", t.institutionName());
    v.put("countyCode", t.countyCode());
    v.put("team", PlanViews.members(t.team()));
    v.put("dueDate", t.dueDate());
    v.put("status", t.status().name());
    v.put("statusLabel", t.status().label());
    v.put("concludedOn", t.concludedOn());
    v.put("findingId", t.findingId());
    v.put("summary", t.summary());
    v.put("concludedBy", t.concludedBy());
    v.put("resultPublishedOn", t.resultPublishedOn());
    v.put("publishBy", t.publishBy(calendar));
    v.put("publishByProvisional", t.publishByProvisional(calendar));
    v.put("overdue", t.overdue(today, calendar));
    return v;
  }

  /**
   * A concluded task's result as the public sees it: no usernames, the summary only once published.
   */
  public static Map<String, Object> publicResult(
      InspectionTask t, LocalDate today, WorkingDayCalendar calendar) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("taskId", t.id());
    v.put("planId", t.planId());
    v.put("planName", t.planName());
    v.put("institutionId", t.institutionId());
    v.put("institutionName", t.institutionName());
    v.put("countyCode", t.countyCode());
    v.put(
        "team",
        t.team().stream()
            .map(
                m -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("name", m.name());
                  x.put("role", m.role());
                  return x;
                })
            .toList());
    v.put("concludedOn", t.concludedOn());
    v.put("published", t.resultPublishedOn() != null);
    v.put("resultPublishedOn", t.resultPublishedOn());
    v.put("result", t.resultPublishedOn() == null ? null : t.summary());
    v.put("publishBy", t.publishBy(calendar));
    v.put("publishByProvisional", t.publishByProvisional(calendar));
    v.put("overdue", t.overdue(today, calendar));
    return v;
  }
}
