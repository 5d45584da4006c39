package org.ybjg.registry.evaluation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.event.MalformedEventException;
import org.ybjg.chassis.web.CorrelationId;

/**
 * Reads {@code case.events.v1} in its own consumer group ({@code <application>-evaluation}) and
 * counts every {@code case.decision-issued.v1} in the institution's annual evaluation. Malformed
 * messages are skipped here: the agreement listener's group sends them to {@code
 * case.events.v1.DLT} once. Other failures retry with backoff, then go to the DLT.
 */
@Component
class EvaluationDecisionListener {

  private static final Logger log = LoggerFactory.getLogger(EvaluationDecisionListener.class);

  private final Events events;
  private final CountDecision countDecision;

  EvaluationDecisionListener(Events events, CountDecision countDecision) {
    this.events = events;
    this.countDecision = countDecision;
  }

  static final String ID = "registry-evaluation";

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      topics = CaseTopics.EVENTS,
      groupId = "${spring.application.name}-evaluation")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope;
    DecisionIssued decision;
    try {
      envelope = events.parse(record.value());
      if (!DecisionIssued.TYPE.equals(envelope.type())) {
        return;
      }
      decision = events.data(envelope, DecisionIssued.class);
    } catch (MalformedEventException malformed) {
      log.debug(
          "skipping malformed message at {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          malformed.getMessage());
      return;
    }
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      countDecision.count(envelope.id(), decision);
    }
  }
}
