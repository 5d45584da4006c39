package org.ybjg.inspection.sampling;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.ybjg.inspection.finding.Findings;
import org.ybjg.inspection.finding.domain.Finding;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.TaskStatus;

/**
 * What earlier checks say about a new draw: recent checks, open loads, earlier assignments of
 * inspectors.
 */
@Component
class EarlierChecks {

  private final SamplingPlans plans;
  private final Findings findings;

  EarlierChecks(SamplingPlans plans, Findings findings) {
    this.plans = plans;
    this.findings = findings;
  }

  /**
   * Institution id → why it counts as checked since {@code since} (a finding, or a task of another
   * plan).
   */
  Map<String, String> checkedSince(String region, LocalDate since) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Finding f : findings.foundSince(region, since)) {
      out.putIfAbsent(
          f.institutionId(),
          "近期已检查："
              + f.foundOn()
              + " 检查发现 "
              + f.id()
              + " (checked within the window: finding "
              + f.id()
              + ")");
    }
    for (SamplingPlan p : plans.drawn()) {
      for (InspectionTask t : p.tasks()) {
        if (t.regionPath().contains(region) && !t.dueDate().isBefore(since)) {
          out.putIfAbsent(
              t.institutionId(),
              "近期已检查：任务 "
                  + t.id()
                  + "（"
                  + p.definition().name()
                  + "） (checked within the window: task "
                  + t.id()
                  + ")");
        }
      }
    }
    return out;
  }

  /** Open (assigned) tasks per inspector, across all drawn plans. */
  Map<String, Integer> openLoads() {
    Map<String, Integer> out = new HashMap<>();
    for (SamplingPlan p : plans.drawn()) {
      for (InspectionTask t : p.tasks()) {
        if (t.status() == TaskStatus.ASSIGNED) {
          t.team().forEach(m -> out.merge(m.inspectorId(), 1, Integer::sum));
        }
      }
    }
    return out;
  }

  /** "inspectorId|institutionId" of assignments whose period started on or after {@code since}. */
  Set<String> assignmentsSince(LocalDate since) {
    Set<String> out = new TreeSet<>();
    for (SamplingPlan p : plans.drawn()) {
      for (InspectionTask t : p.tasks()) {
        if (!t.periodFrom().isBefore(since)) {
          t.team().forEach(m -> out.add(m.inspectorId() + "|" + t.institutionId()));
        }
      }
    }
    return out;
  }
}
