package org.ybjg.inspection.directory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;

/**
 * Keeps the directory replica from {@code registry.institutions.v1}. Effects are idempotent by
 * registry version (the highest wins), so redelivery, replays of the compacted topic and messages
 * arriving out of order change nothing. Poison messages go to the DLT (chassis error handler).
 */
@Component
class RegistryInstitutionListener {

  private static final Logger log = LoggerFactory.getLogger(RegistryInstitutionListener.class);

  private final Events events;
  private final DirectoryEntries directory;
  private final RegistryTranslation translation;

  RegistryInstitutionListener(Events events, DirectoryEntries directory, RegionScope regions) {
    this.events = events;
    this.directory = directory;
    this.translation = new RegistryTranslation(regions);
  }

  @KafkaListener(topics = RegistryTopics.INSTITUTIONS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = events.parse(record.value());
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      switch (envelope.type()) {
        case InstitutionChanged.TYPE -> apply(envelope);
        default ->
            log.debug("ignoring {} {} on {}", envelope.type(), envelope.id(), record.topic());
      }
    }
  }

  private void apply(EventEnvelope envelope) {
    InstitutionChanged changed = events.data(envelope, InstitutionChanged.class);
    boolean written = directory.applyIfNewer(translation.toEntry(changed, envelope.time()));
    if (written) {
      log.info(
          "directory: institution {} now at registry version {} ({})",
          changed.institutionId(),
          changed.version(),
          changed.change() == null ? "?" : changed.change().kind());
    } else {
      log.debug(
          "directory: institution {} version {} not newer than the replica; unchanged",
          changed.institutionId(),
          changed.version());
    }
  }
}
