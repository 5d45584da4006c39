package org.ybjg.cases.institution;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.cases.institution.domain.Institution;
import org.ybjg.cases.institution.domain.Ownership;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.event.MalformedEventException;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;

/**
 * Keeps the institution replica from the registry's compacted topic (docs/architecture.md#events:
 * case reads institution ownership from the registry topic; ownership decides where a case is
 * referred).
 */
@Component
class InstitutionListener {

  private static final Logger log = LoggerFactory.getLogger(InstitutionListener.class);

  private final Events events;
  private final Institutions institutions;

  InstitutionListener(Events events, Institutions institutions) {
    this.events = events;
    this.institutions = institutions;
  }

  @KafkaListener(topics = RegistryTopics.INSTITUTIONS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = events.parse(record.value());
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      if (!InstitutionChanged.TYPE.equals(envelope.type())) {
        log.debug("ignoring {} {} on {}", envelope.type(), envelope.id(), record.topic());
        return;
      }
      InstitutionChanged changed = events.data(envelope, InstitutionChanged.class);
      boolean applied = institutions.applyIfNewer(replicaOf(changed, envelope));
      log.debug(
          "institution {} version {} {}",
          changed.institutionId(),
          changed.version(),
          applied ? "replicated" : "already held (same or newer version)");
    }
  }

  private static Institution replicaOf(InstitutionChanged changed, EventEnvelope envelope) {
    Ownership ownership =
        Ownership.fromCode(changed.ownership())
            .orElseThrow(
                () ->
                    new MalformedEventException(
                        envelope.type()
                            + " "
                            + envelope.id()
                            + " has unknown ownership '"
                            + changed.ownership()
                            + "'"));
    try {
      return new Institution(
          changed.institutionId(),
          changed.version(),
          changed.name(),
          ownership,
          changed.countyCode());
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException(
          envelope.type() + " " + envelope.id() + ": " + e.getMessage(), e);
    }
  }
}
