package org.ybjg.reporting.facts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import org.ybjg.reporting.facts.domain.InstitutionFact;

/** Projects {@code registry.institutions.v1} into {@code institutionFacts}. */
@Component
class InstitutionListener {

  private final Projection projection;
  private final InstitutionFacts facts;

  InstitutionListener(Projection projection, InstitutionFacts facts) {
    this.projection = projection;
    this.facts = facts;
  }

  @KafkaListener(topics = RegistryTopics.INSTITUTIONS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = projection.parse(record.value());
    try (var scope = CorrelationId.bind(envelope.correlationid())) {
      switch (envelope.type()) {
        case InstitutionChanged.TYPE -> {
          InstitutionFact fact =
              projection.fact(
                  envelope,
                  InstitutionChanged.class,
                  changed ->
                      new InstitutionFact(
                          changed.institutionId(),
                          changed.version(),
                          changed.type(),
                          changed.agreement() == null ? null : changed.agreement().state(),
                          changed.countyCode(),
                          envelope.time()));
          projection.applied(
              envelope, facts.apply(fact, projection.regionPathOf(fact.countyCode(), envelope)));
        }
        default -> projection.ignore(envelope);
      }
    }
  }
}
