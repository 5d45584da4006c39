package org.ybjg.inspection.sampling.domain;

import java.time.LocalDate;
import java.util.List;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.domain.PersonalDataScreen;
import org.ybjg.chassis.domain.Refusal;

/**
 * One drawn target to inspect: the team, the due date (end of the plan period) and the status. It
 * is concluded by a finding recorded for the institution within the period, or by a written
 * conclusion; its result must be made public within 20 working days of the conclusion
 * (docs/law.md#double-random, 一公开). It lives with {@link SamplingPlan}: the draw creates it and the
 * plan's document stores it, while the task feature only queries and concludes it.
 *
 * @param regionPath the institution's county and its ancestors (what scoped queries match)
 * @param findingId the finding that concluded it, if it was a finding
 */
public record InspectionTask(
    String id,
    String planId,
    String planName,
    String institutionId,
    String institutionName,
    String countyCode,
    List<String> regionPath,
    List<TeamMember> team,
    LocalDate periodFrom,
    LocalDate dueDate,
    TaskStatus status,
    LocalDate concludedOn,
    String findingId,
    String summary,
    String concludedBy,
    LocalDate resultPublishedOn) {

  public static final int PUBLISH_WITHIN_WORKING_DAYS = 20;
  public static final int MAX_SUMMARY = 2000;

  public InspectionTask {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    team = team == null ? List.of() : List.copyOf(team);
  }

  public static InspectionTask assign(
      String id,
      String planId,
      String planName,
      String institutionId,
      String institutionName,
      String countyCode,
      List<String> regionPath,
      List<TeamMember> team,
      LocalDate periodFrom,
      LocalDate dueDate) {
    return new InspectionTask(
        id,
        planId,
        planName,
        institutionId,
        institutionName,
        countyCode,
        regionPath,
        team,
        periodFrom,
        dueDate,
        TaskStatus.ASSIGNED,
        null,
        null,
        null,
        null,
        null);
  }

  public InspectionTask withTeam(List<TeamMember> newTeam) {
    return new InspectionTask(
        id,
        planId,
        planName,
        institutionId,
        institutionName,
        countyCode,
        regionPath,
        newTeam,
        periodFrom,
        dueDate,
        status,
        concludedOn,
        findingId,
        summary,
        concludedBy,
        resultPublishedOn);
  }

  /** Concluded by a written result summary. */
  public InspectionTask conclude(String resultSummary, LocalDate on, String by, LocalDate today) {
    requireOpen();
    String text = resultSummary == null ? "" : resultSummary.strip();
    if (text.isEmpty() || text.length() > MAX_SUMMARY) {
      throw Refusal.rule(
          "invalid-summary",
          "summary",
          "检查结果摘要不能为空且不超过2000字 (a result summary of 1 to 2000 characters is required)");
    }
    // the summary is what the public reads once the result is published (一公开)
    PersonalDataScreen.refuseIfFound("summary", text, List.of());
    LocalDate day = on == null ? today : on;
    if (day.isAfter(today)) {
      throw Refusal.rule(
          "concluded-in-future", "concludedOn", "办结日期不能晚于今天 (concludedOn is after today)");
    }
    if (day.isBefore(periodFrom)) {
      throw Refusal.rule(
          "concluded-before-period",
          "concludedOn",
          "办结日期不能早于检查期间 (concludedOn " + day + " is before the period starts, " + periodFrom + ")");
    }
    return concluded(day, null, text, by);
  }

  /**
   * Whether a finding found on {@code foundOn} concludes this task (same institution, within the
   * period).
   */
  public boolean concludedBy(String findingInstitution, LocalDate foundOn) {
    return status == TaskStatus.ASSIGNED
        && institutionId.equals(findingInstitution)
        && !foundOn.isBefore(periodFrom)
        && !foundOn.isAfter(dueDate);
  }

  public InspectionTask concludeByFinding(
      String finding, String description, LocalDate foundOn, String by) {
    return concluded(foundOn, finding, description, by);
  }

  /** This task concluded on {@code day}, by a finding or (finding null) in writing. */
  private InspectionTask concluded(LocalDate day, String finding, String text, String by) {
    return new InspectionTask(
        id,
        planId,
        planName,
        institutionId,
        institutionName,
        countyCode,
        regionPath,
        team,
        periodFrom,
        dueDate,
        TaskStatus.CONCLUDED,
        day,
        finding,
        text,
        by,
        null);
  }

  /**
   * The result as the public reads it: null until published; a summary taken from a finding's
   * description may name people or numbers the inspector recorded, so it is masked by the one
   * personal-data screen.
   */
  public String publicResult() {
    return resultPublishedOn == null ? null : PersonalDataScreen.mask(summary, List.of());
  }

  /** Makes the result public (一公开). */
  public InspectionTask publishResult(LocalDate today) {
    if (status != TaskStatus.CONCLUDED) {
      throw Refusal.conflict(
          "task-not-concluded", "只有已办结的任务才能公开结果 (only a concluded task's result can be published)");
    }
    if (resultPublishedOn != null) {
      throw Refusal.conflict("result-already-published", "检查结果已公开 (the result is already public)");
    }
    return new InspectionTask(
        id,
        planId,
        planName,
        institutionId,
        institutionName,
        countyCode,
        regionPath,
        team,
        periodFrom,
        dueDate,
        status,
        concludedOn,
        findingId,
        summary,
        concludedBy,
        today);
  }

  /**
   * The last day to publish the result: 20 working days after the conclusion, on the working-day
   * calendar in force (statutory holidays and 调休 skipped).
   */
  public LocalDate publishBy(WorkingDayCalendar calendar) {
    return concludedOn == null
        ? null
        : calendar.plusWorkingDays(concludedOn, PUBLISH_WITHIN_WORKING_DAYS);
  }

  /**
   * Whether {@link #publishBy} reaches a year whose holiday notice is not loaded yet (its 调休 may
   * still move it).
   */
  public boolean publishByProvisional(WorkingDayCalendar calendar) {
    return concludedOn != null && !calendar.covers(concludedOn, publishBy(calendar));
  }

  /** A concluded result not made public within 20 working days (docs/law.md#double-random). */
  public boolean overdue(LocalDate today, WorkingDayCalendar calendar) {
    if (concludedOn == null) {
      return false;
    }
    LocalDate published = resultPublishedOn == null ? today : resultPublishedOn;
    return published.isAfter(publishBy(calendar));
  }

  private void requireOpen() {
    if (status != TaskStatus.ASSIGNED) {
      throw Refusal.conflict("task-concluded", "任务已办结 (the task is already concluded)");
    }
  }
}
