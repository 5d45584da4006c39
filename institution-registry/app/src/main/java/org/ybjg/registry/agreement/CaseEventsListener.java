package org.ybjg.registry.agreement;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.CaseClosed;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.cases.events.DoctorPointsConfirmed;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.registry.credit.RecordRectification;
import org.ybjg.registry.staff.ApplyDoctorPoints;

/**
 * Reads {@code case.events.v1} (one listener for the group, dispatching by envelope type):
 * decisions ({@code case.decision-issued.v1}) carry agreement measures and credit records; closures
 * ({@code case.closed.v1}) with outcome CONCLUDED mark the case's credit records rectified, which
 * opens credit repair, and with outcome NOT_UPHELD withdraw the case's points for doctors;
 * confirmed points ({@code case.doctor-points-confirmed.v1}) go to the person's billing
 * qualification; every other type is none of the registry's business. Failures go to the chassis
 * error handler (retry with backoff, then {@code case.events.v1.DLT}; malformed messages straight
 * to the DLT).
 */
@Component
class CaseEventsListener {

  private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

  private final Events events;
  private final ApplyDecision applyDecision;
  private final RecordRectification recordRectification;
  private final ApplyDoctorPoints applyDoctorPoints;

  CaseEventsListener(
      Events events,
      ApplyDecision applyDecision,
      RecordRectification recordRectification,
      ApplyDoctorPoints applyDoctorPoints) {
    this.events = events;
    this.applyDecision = applyDecision;
    this.recordRectification = recordRectification;
    this.applyDoctorPoints = applyDoctorPoints;
  }

  @KafkaListener(topics = CaseTopics.EVENTS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = events.parse(record.value());
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      if (DecisionIssued.TYPE.equals(envelope.type())) {
        applyDecision.apply(envelope.id(), events.data(envelope, DecisionIssued.class));
      } else if (CaseClosed.TYPE.equals(envelope.type())) {
        CaseClosed closed = events.data(envelope, CaseClosed.class);
        recordRectification.record(envelope.id(), closed);
        applyDoctorPoints.closed(envelope.id(), closed);
      } else if (DoctorPointsConfirmed.TYPE.equals(envelope.type())) {
        applyDoctorPoints.confirmed(
            envelope.id(), events.data(envelope, DoctorPointsConfirmed.class));
      } else {
        log.debug("ignoring {} {}", envelope.type(), envelope.id());
      }
    }
  }
}
