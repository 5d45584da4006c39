package org.ybjg.reporting.facts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.reporting.facts.domain.FindingFact;

/** Projects {@code inspection.events.v1} into {@code findingFacts}. */
@Component
class FindingListener {

  private final Projection projection;
  private final FindingFacts facts;

  FindingListener(Projection projection, FindingFacts facts) {
    this.projection = projection;
    this.facts = facts;
  }

  @KafkaListener(topics = InspectionTopics.EVENTS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = projection.parse(record.value());
    try (var scope = CorrelationId.bind(envelope.correlationid())) {
      switch (envelope.type()) {
        case FindingRecorded.TYPE -> {
          FindingFact fact =
              projection.fact(
                  envelope,
                  FindingRecorded.class,
                  recorded ->
                      new FindingFact(
                          recorded.findingId(),
                          recorded.institutionId(),
                          recorded.countyCode(),
                          recorded.category(),
                          recorded.improperAmount(),
                          recorded.foundOn(),
                          envelope.time()));
          projection.applied(
              envelope,
              facts.apply(
                  fact, projection.regionPathOf(fact.countyCode(), envelope), envelope.id()));
        }
        default -> projection.ignore(envelope);
      }
    }
  }
}
