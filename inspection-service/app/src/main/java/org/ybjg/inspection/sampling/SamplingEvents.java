package org.ybjg.inspection.sampling;

import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.inspection.common.domain.Coded;
import org.ybjg.inspection.events.DrawPublished;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.inspection.events.TaskAssigned;
import org.ybjg.inspection.roster.domain.InspectorRole;
import org.ybjg.inspection.sampling.domain.DrawRecord;
import org.ybjg.inspection.sampling.domain.InspectionTask;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/**
 * The events of a draw: {@code inspection.draw-published.v1} (key plan id) and one task-assigned
 * per task.
 */
@Component
public class SamplingEvents {

  static final EventType DRAW_PUBLISHED =
      new EventType(DrawPublished.TYPE, InspectionTopics.EVENTS);
  static final EventType TASK_ASSIGNED = new EventType(TaskAssigned.TYPE, InspectionTopics.EVENTS);

  private final Events events;

  SamplingEvents(Events events) {
    this.events = events;
  }

  AggregateStore.Outgoing drawPublished(SamplingPlan plan, DrawRecord record) {
    DrawPublished data =
        new DrawPublished(
            plan.id(),
            plan.definition().name(),
            plan.definition().kind().name(),
            plan.definition().regionCode(),
            record.targets(),
            record.commitment(),
            record.seed(),
            record.populationHash(),
            record.ruleVersion());
    return new AggregateStore.Outgoing(
        InspectionTopics.EVENTS, plan.id(), events.envelope(DRAW_PUBLISHED, plan.id(), data));
  }

  AggregateStore.Outgoing taskAssigned(InspectionTask task) {
    List<TaskAssigned.Member> team =
        task.team().stream()
            .map(
                m ->
                    new TaskAssigned.Member(
                        m.name(), m.role(), Coded.labelOf(InspectorRole.class, m.role())))
            .toList();
    TaskAssigned data =
        new TaskAssigned(
            task.id(),
            task.planId(),
            task.institutionId(),
            task.institutionName(),
            task.countyCode(),
            team,
            task.dueDate());
    return new AggregateStore.Outgoing(
        InspectionTopics.EVENTS,
        task.institutionId(),
        events.envelope(TASK_ASSIGNED, task.id(), data));
  }
}
