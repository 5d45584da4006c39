package org.ybjg.cases.casefile;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.inspection.events.InspectionTopics;

/**
 * Opens cases from the inspection service's findings. Failures retry, then go to {@code
 * inspection.events.v1.DLT}.
 */
@Component
class FindingListener {

  private static final Logger log = LoggerFactory.getLogger(FindingListener.class);

  private final Events events;
  private final OpenCaseFromFinding openCase;

  FindingListener(Events events, OpenCaseFromFinding openCase) {
    this.events = events;
    this.openCase = openCase;
  }

  @KafkaListener(topics = InspectionTopics.EVENTS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = events.parse(record.value());
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      if (FindingRecorded.TYPE.equals(envelope.type())) {
        openCase.open(envelope, events.data(envelope, FindingRecorded.class));
      } else {
        log.debug("ignoring {} {} on {}", envelope.type(), envelope.id(), record.topic());
      }
    }
  }
}
