package org.ybjg.reporting.facts;

import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.event.MalformedEventException;
import org.ybjg.chassis.security.RegionScope;

/**
 * What every fact listener does with an envelope: read the payload, make the fact, place it in the
 * region tree.
 */
@Component
class Projection {

  private static final Logger log = LoggerFactory.getLogger(Projection.class);

  private final Events events;
  private final RegionScope regions;

  Projection(Events events, RegionScope regions) {
    this.events = events;
    this.regions = regions;
  }

  EventEnvelope parse(String message) {
    return events.parse(message);
  }

  /**
   * Reads the payload and turns it into a fact. A payload that does not fit or breaks a fact's rule
   * can never be applied: it is poison and goes straight to the dead-letter topic.
   */
  <P, F> F fact(EventEnvelope envelope, Class<P> payloadType, Function<P, F> toFact) {
    P payload = events.data(envelope, payloadType);
    try {
      return toFact.apply(payload);
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException(
          envelope.type() + " " + envelope.id() + " is not a valid fact: " + e.getMessage(), e);
    }
  }

  /**
   * The county and its ancestors. A county missing from the region table still gets its fact stored
   * (it counts once the table knows it; by county code it is found at once), with a warning.
   */
  List<String> regionPathOf(String countyCode, EventEnvelope envelope) {
    List<String> path = regions.pathOf(countyCode);
    if (path.isEmpty()) {
      log.warn(
          "{} {} names county {} that the region table does not know",
          envelope.type(),
          envelope.id(),
          countyCode);
    }
    return path;
  }

  void ignore(EventEnvelope envelope) {
    log.debug("ignoring event type {} ({})", envelope.type(), envelope.id());
  }

  void applied(EventEnvelope envelope, boolean applied) {
    if (applied) {
      log.debug("applied {} {}", envelope.type(), envelope.id());
    } else {
      log.debug("skipped {} {}: already applied or superseded", envelope.type(), envelope.id());
    }
  }
}
