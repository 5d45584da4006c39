package org.ybjg.reporting.facts;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.reporting.facts.domain.CaseDecisionFact;
import org.ybjg.reporting.facts.domain.CaseOpenedFact;

/** Projects {@code case.events.v1} into {@code caseFacts}. */
@Component
class CaseListener {

  private final Projection projection;
  private final CaseFacts facts;

  CaseListener(Projection projection, CaseFacts facts) {
    this.projection = projection;
    this.facts = facts;
  }

  @KafkaListener(topics = CaseTopics.EVENTS, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = projection.parse(record.value());
    try (var scope = CorrelationId.bind(envelope.correlationid())) {
      switch (envelope.type()) {
        case CaseOpened.TYPE -> {
          CaseOpenedFact fact =
              projection.fact(
                  envelope,
                  CaseOpened.class,
                  opened ->
                      new CaseOpenedFact(
                          opened.caseId(),
                          opened.findingId(),
                          opened.institutionId(),
                          opened.countyCode(),
                          opened.origin(),
                          opened.openedOn(),
                          envelope.time()));
          projection.applied(
              envelope,
              facts.apply(
                  fact, projection.regionPathOf(fact.countyCode(), envelope), envelope.id()));
        }
        case DecisionIssued.TYPE -> {
          CaseDecisionFact fact =
              projection.fact(
                  envelope,
                  DecisionIssued.class,
                  issued ->
                      new CaseDecisionFact(
                          issued.caseId(),
                          issued.decisionNumber(),
                          issued.institutionId(),
                          issued.countyCode(),
                          measureKinds(issued.measures()),
                          issued.fineAmount(),
                          issued.decidedOn(),
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

  private static List<String> measureKinds(List<DecisionIssued.Measure> measures) {
    if (measures == null) {
      return List.of();
    }
    if (measures.contains(null)) {
      throw new IllegalArgumentException("a measure is null");
    }
    return measures.stream().map(DecisionIssued.Measure::kind).toList();
  }
}
