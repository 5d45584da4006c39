package org.ybjg.inspection.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.inspection.api.PublicApi;
import org.ybjg.inspection.api.model.PublicResultPageDto;
import org.ybjg.inspection.api.model.SamplingPlanDto;
import org.ybjg.inspection.api.model.SamplingPlanPageDto;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.sampling.PlanViews;
import org.ybjg.inspection.sampling.PublishedDrawRecord;
import org.ybjg.inspection.sampling.SamplingPlans;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.PlanStatus;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.TaskStatus;
import org.ybjg.inspection.task.TaskViews;

/**
 * One public (一公开): unauthenticated, GET only. Published plans with their commitment, ceremony and
 * revealed seed; the draw record exactly as Verifier.java reads it; the population snapshot;
 * results of concluded tasks (overdue when not published within 20 working days). No personal data
 * beyond inspectors' names and roles.
 */
@RestController
class PublicController implements PublicApi {

  private final SamplingPlans plans;
  private final Clock clock;

  private final WorkingDayCalendars calendars;

  PublicController(SamplingPlans plans, Clock clock, WorkingDayCalendars calendars) {
    this.calendars = calendars;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public ResponseEntity<SamplingPlanPageDto> listPublicPlans(
      String regionCode, Integer page, Integer size) {
    PageOf<SamplingPlanDto> found =
        plans
            .published(regionCode, PageOf.pageNumber(page), PageOf.pageSize(size))
            .map(PlanViews::publicView);
    return ResponseEntity.ok(
        new SamplingPlanPageDto()
            .items(found.items())
            .page(found.page())
            .size(found.size())
            .total((long) found.total()));
  }

  @Override
  public ResponseEntity<SamplingPlanDto> getPublicPlan(String id) {
    return ResponseEntity.ok(PlanViews.publicView(published(id)));
  }

  /** The published record of a draw (draw id = plan id), byte for byte what Verifier.java reads. */
  @Override
  public ResponseEntity<String> getDrawRecord(String id) {
    SamplingPlan plan =
        plans
            .find(id)
            .filter(p -> p.draw() != null)
            .orElseThrow(() -> Refusal.notFound("draw not found"));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"draw-record-" + id + ".json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(PublishedDrawRecord.of(plan.draw()).toJson());
  }

  /**
   * The frozen population snapshot as CSV ({@code stratum,institutionId}, sorted by id within each
   * stratum): the population hash is SHA-256 of all its ids sorted and joined by a line feed.
   */
  @Override
  public ResponseEntity<String> downloadPopulationSnapshot(String id) {
    SamplingPlan plan = published(id);
    StringBuilder csv = new StringBuilder("stratum,institutionId\n");
    plan.publication()
        .population()
        .forEach(
            (stratum, ids) ->
                ids.forEach(i -> csv.append(stratum).append(',').append(i).append('\n')));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"population-" + id + ".csv\"")
        .header("X-Population-Hash", plan.publication().populationHash())
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(csv.toString());
  }

  @Override
  public ResponseEntity<PublicResultPageDto> listPublicResults(
      String regionCode, String planId, Integer page, Integer size) {
    LocalDate today = LegalCalendar.today(clock);
    WorkingDayCalendar calendar = calendars.current();
    List<InspectionTask> concluded = new ArrayList<>();
    for (SamplingPlan p : plans.drawn()) {
      if (planId != null && !planId.equals(p.id())) {
        continue;
      }
      for (InspectionTask t : p.tasks()) {
        if (t.status() == TaskStatus.CONCLUDED
            && (regionCode == null || t.regionPath().contains(regionCode))) {
          concluded.add(t);
        }
      }
    }
    PageOf<InspectionTask> found = PageOf.slice(concluded, page, size);
    return ResponseEntity.ok(
        new PublicResultPageDto()
            .items(
                found.items().stream()
                    .map(t -> TaskViews.publicResult(t, today, calendar))
                    .toList())
            .page(found.page())
            .size(found.size())
            .total(found.total()));
  }

  private SamplingPlan published(String id) {
    return plans
        .find(id)
        .filter(p -> p.status() != PlanStatus.DRAFT)
        .orElseThrow(() -> Refusal.notFound("plan not found"));
  }
}
