package org.ybjg.inspection.events;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code inspection.task-assigned.v1} on {@link InspectionTopics#EVENTS} (key = institution id): a
 * drawn target became an inspection task with its team; published again with the new team after a
 * recusal (the latest wins). Schema: {@code events/inspection.task-assigned.v1.schema.json}.
 */
public record TaskAssigned(
    String taskId,
    String planId,
    String institutionId,
    String institutionName,
    String countyCode,
    List<Member> team,
    LocalDate dueDate) {

  public static final String TYPE = "inspection.task-assigned.v1";

  /** A team member: only the name and role are published (no certificate numbers). */
  public record Member(String name, String role, String roleLabel) {}
}
