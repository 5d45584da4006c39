package org.ybjg.registry.agreement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.AgreementMeasure;
import org.ybjg.registry.institution.domain.CreditRecord;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.institution.domain.DecisionOutcome;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.PenaltyDecision;
import org.ybjg.registry.staff.DoctorCredit;

/**
 * Applies the agreement measures of a decision on a case (suspend, terminate) to the institution,
 * once per event: the event id is recorded in the same write as the new state and its events, so a
 * redelivered event changes nothing and publishes nothing. A measure the agreement's state does not
 * allow is a domain rejection: logged, counted, the event recorded as processed, never retried. The
 * 医保医师 the decision names get the same credit record, once per case and doctor.
 */
@Component
public class ApplyDecision {

  private static final Logger log = LoggerFactory.getLogger(ApplyDecision.class);

  private final Institutions institutions;
  private final CreditScale creditScale;
  private final Clock clock;
  private final Counter rejected;
  private final DoctorCredit doctorCredit;

  ApplyDecision(
      Institutions institutions,
      CreditScale creditScale,
      Clock clock,
      MeterRegistry meters,
      DoctorCredit doctorCredit) {
    this.institutions = institutions;
    this.doctorCredit = doctorCredit;
    this.creditScale = creditScale;
    this.clock = clock;
    this.rejected =
        Counter.builder("registry.agreement.measures.rejected")
            .description(
                "agreement measures from decisions that the agreement's state did not allow")
            .register(meters);
  }

  /**
   * @param eventId the envelope id of the {@code case.decision-issued.v1} event
   */
  public void apply(String eventId, DecisionIssued decision) {
    if (institutions.alreadyProcessed(decision.institutionId(), eventId)) {
      log.debug(
          "decision event {} already applied to institution {}", eventId, decision.institutionId());
      return;
    }
    Institution current =
        institutions
            .find(decision.institutionId())
            .orElseThrow(() -> new UnknownInstitutionException(decision.institutionId(), eventId));
    LocalDate decidedOn =
        decision.decidedOn() == null
            ? LocalDate.now(clock.withZone(Institution.ZONE))
            : decision.decidedOn();
    // the named doctors first, each once per case: if a write fails the event is redelivered and,
    // the institution
    // not being marked processed yet, the doctors already recorded are left as they are
    CreditConsequence.of(decision)
        .ifPresent(
            severity ->
                recordDoctors(
                    decision,
                    CreditRecord.of(
                        decision.caseId(),
                        decision.decisionNumber(),
                        severity,
                        decidedOn,
                        CreditConsequence.reason(decision))));
    List<String> unknownKinds = new ArrayList<>();
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    DecisionOutcome outcome = current.apply(toDomain(decision, unknownKinds), at);
    List<String> rejections = new ArrayList<>(unknownKinds);
    rejections.addAll(outcome.rejections());
    // the credit consequence lands in the same write as the measures: redelivery cannot record it
    // twice
    List<Institution> states = new ArrayList<>(outcome.states());
    CreditConsequence.of(decision)
        .ifPresent(
            severity -> {
              Institution last = states.isEmpty() ? current : states.get(states.size() - 1);
              Institution credited =
                  last.recordCredit(
                      CreditRecord.of(
                          decision.caseId(),
                          decision.decisionNumber(),
                          severity,
                          decidedOn,
                          CreditConsequence.reason(decision)),
                      creditScale,
                      at,
                      decision.decidedBy());
              if (credited != last) {
                states.add(credited);
              }
            });
    // Optimistic-lock clash: thrown to the container's error handler, which retries with backoff.
    institutions.update(current, states, eventId);
    if (!rejections.isEmpty()) {
      rejected.increment(rejections.size());
      log.warn(
          "decision {} (case {}, event {}) on institution {}: measures not applied: {}",
          decision.decisionNumber(),
          decision.caseId(),
          eventId,
          current.id(),
          rejections);
    }
    if (outcome.changed()) {
      log.info(
          "decision {} (case {}) applied to institution {}: agreement {} (version {})",
          decision.decisionNumber(),
          decision.caseId(),
          current.id(),
          outcome.after().agreement().state(),
          outcome.after().version());
    }
  }

  private void recordDoctors(DecisionIssued decision, CreditRecord record) {
    if (decision.doctors() == null || decision.doctors().isEmpty()) {
      return;
    }
    List<String> ids =
        decision.doctors().stream()
            .filter(d -> d != null && d.doctorId() != null)
            .map(DecisionIssued.Doctor::doctorId)
            .distinct()
            .toList();
    int recorded =
        doctorCredit.recordFromDecision(
            decision.institutionId(), ids, record, decision.decidedBy());
    log.info(
        "decision {} (case {}): credit recorded for {} of {} named doctors",
        decision.decisionNumber(),
        decision.caseId(),
        recorded,
        ids.size());
  }

  private static PenaltyDecision toDomain(DecisionIssued decision, List<String> unknownKinds) {
    List<AgreementMeasure> measures = new ArrayList<>();
    if (decision.measures() != null) {
      for (DecisionIssued.Measure measure : decision.measures()) {
        AgreementMeasure.Kind kind = kindOf(measure.kind());
        if (kind == null) {
          unknownKinds.add(measure.kind() + ": unknown measure kind");
          continue;
        }
        measures.add(
            new AgreementMeasure(
                kind, measure.months(), measure.from(), measure.until(), measure.departments()));
      }
    }
    return new PenaltyDecision(
        decision.caseId(),
        decision.decisionNumber(),
        decision.decidedOn(),
        decision.decidedBy(),
        measures);
  }

  private static AgreementMeasure.Kind kindOf(String kind) {
    for (AgreementMeasure.Kind known : AgreementMeasure.Kind.values()) {
      if (known.name().equals(kind)) {
        return known;
      }
    }
    return null;
  }
}
