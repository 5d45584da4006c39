package org.ybjg.registry.agreement;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.web.CorrelationId;

/**
 * Reads {@code case.events.v1}: decisions ({@code case.decision-issued.v1}) carry agreement measures;
 * every other type is none of the registry's business. Failures go to the chassis error handler
 * (retry with backoff, then {@code case.events.v1.DLT}; malformed messages straight to the DLT).
 */
@Component
class DecisionIssuedListener {

  private static final Logger log = LoggerFactory.getLogger(DecisionIssuedListener.class);

  private final Events events;
  private final ApplyDecision applyDecision;

  DecisionIssuedListener(Events events, ApplyDecision applyDecision) {
    this.events = events;
    this.applyDecision = applyDecision;
  }

  @KafkaListener(topics = CaseTopics.EVENTS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = events.parse(record.value());
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      if (!DecisionIssued.TYPE.equals(envelope.type())) {
        log.debug("ignoring {} {}", envelope.type(), envelope.id());
        return;
      }
      applyDecision.apply(envelope.id(), events.data(envelope, DecisionIssued.class));
    }
  }
}
