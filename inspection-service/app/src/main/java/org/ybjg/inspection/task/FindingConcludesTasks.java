package org.ybjg.inspection.task;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.inspection.roster.Inspectors;
import org.ybjg.inspection.sampling.SamplingPlans;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.SamplingPlan;
import org.ybjg.inspection.sampling.domain.TeamMember;

/**
 * A finding recorded for an institution within a task's period, by a member of the task's team and
 * found no earlier than the draw, concludes that task (the minimal inspection record completes the
 * task). Listens to this service's own {@code inspection.finding-recorded.v1}, so the finding flow
 * stays as it is; redelivery changes nothing (the event id is recorded in the plan's processed
 * events).
 */
@Component
class FindingConcludesTasks {

  private static final Logger log = LoggerFactory.getLogger(FindingConcludesTasks.class);

  private final Events events;
  private final SamplingPlans plans;
  private final Inspectors inspectors;

  FindingConcludesTasks(Events events, SamplingPlans plans, Inspectors inspectors) {
    this.events = events;
    this.plans = plans;
    this.inspectors = inspectors;
  }

  @KafkaListener(topics = InspectionTopics.EVENTS, groupId = "${spring.application.name}-tasks")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = events.parse(record.value());
    if (!FindingRecorded.TYPE.equals(envelope.type())) {
      return;
    }
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      FindingRecorded finding = events.data(envelope, FindingRecorded.class);
      for (SamplingPlan plan : plans.withTaskFor(finding.institutionId())) {
        if (plans.alreadyProcessed(plan.id(), envelope.id())) {
          continue;
        }
        List<InspectionTask> open =
            plan.tasks().stream()
                .filter(t -> t.concludedBy(finding.institutionId(), finding.foundOn()))
                .filter(t -> foundSinceTheDraw(plan, finding))
                .filter(t -> recordedByItsTeam(t, finding))
                .toList();
        if (open.isEmpty()) {
          continue;
        }
        SamplingPlan changed = plan;
        for (InspectionTask t : open) {
          changed =
              changed.withTask(
                  t.id(),
                  x ->
                      x.concludeByFinding(
                          finding.findingId(),
                          finding.description(),
                          finding.foundOn(),
                          finding.recordedBy()));
        }
        plans.updateProcessing(plan, changed, envelope.id());
        log.info(
            "finding {} concluded {} task(s) of plan {}",
            finding.findingId(),
            open.size(),
            plan.id());
      }
    }
  }

  /**
   * A finding found before the draw cannot be this task's result: a back-dated finding closes no
   * task (of this plan or any other).
   */
  private static boolean foundSinceTheDraw(SamplingPlan plan, FindingRecorded finding) {
    return plan.drawnAt() != null
        && !finding.foundOn().isBefore(plan.drawnAt().atZone(LegalCalendar.ZONE).toLocalDate());
  }

  /** Only the team drawn for the task concludes it by a finding (the double-random assignment). */
  private boolean recordedByItsTeam(InspectionTask task, FindingRecorded finding) {
    return inspectors.anyHasAccount(
        task.team().stream().map(TeamMember::inspectorId).toList(), finding.recordedBy());
  }
}
