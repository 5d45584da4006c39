package org.ybjg.registry.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.evaluation.domain.AnnualEvaluation;
import org.ybjg.registry.evaluation.domain.Violation;
import org.ybjg.registry.evaluation.domain.ViolationCategory;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Counts a decision in the annual evaluation of its year (the decision date's year, 承医保发〔2019〕2号
 * §6), once per event: the event id is stored with the violation in one document write. Decisions
 * naming an institution the registry does not know are skipped and counted ({@code
 * registry.evaluation.decisions.skipped}); the agreement listener already sends them to the
 * dead-letter topic.
 */
@Component
public class CountDecision {

  private static final Logger log = LoggerFactory.getLogger(CountDecision.class);

  private final Evaluations evaluations;
  private final Institutions institutions;
  private final Clock clock;
  private final Counter skipped;

  CountDecision(
      Evaluations evaluations, Institutions institutions, Clock clock, MeterRegistry meters) {
    this.evaluations = evaluations;
    this.institutions = institutions;
    this.clock = clock;
    this.skipped =
        Counter.builder("registry.evaluation.decisions.skipped")
            .description(
                "decisions not counted in an evaluation because the institution is unknown")
            .register(meters);
  }

  /**
   * @return whether the decision was counted now (false: unknown institution or counted before)
   */
  public boolean count(String eventId, DecisionIssued decision) {
    Optional<Institution> institution =
        decision.institutionId() == null
            ? Optional.empty()
            : institutions.find(decision.institutionId());
    if (institution.isEmpty()) {
      skipped.increment();
      log.warn(
          "decision event {} names unknown institution {}; not evaluated",
          eventId,
          decision.institutionId());
      return false;
    }
    LocalDate decidedOn =
        decision.decidedOn() != null
            ? decision.decidedOn()
            : LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    Institution found = institution.get();
    AnnualEvaluation before =
        evaluations
            .find(found.id(), decidedOn.getYear())
            .orElseGet(
                () ->
                    AnnualEvaluation.start(
                        found.id(),
                        found.nationalCode(),
                        found.name(),
                        found.countyCode(),
                        found.regionPath(),
                        decidedOn.getYear()));
    if (before.counts(eventId)) {
      log.debug("decision event {} already counted for {}", eventId, before.id());
      return false;
    }
    AnnualEvaluation after =
        before.count(
            new Violation(
                eventId,
                decision.caseId(),
                decision.decisionNumber(),
                decision.decidedOn(),
                ViolationCategory.of(decision.category()),
                decision.improperAmount(),
                decision.article(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
    // a clash (concurrent insert or update) is thrown to the container, which retries with backoff
    evaluations.save(before, after, eventId);
    log.info(
        "decision {} (case {}) counted in evaluation {}",
        decision.decisionNumber(),
        decision.caseId(),
        after.id());
    return true;
  }
}
