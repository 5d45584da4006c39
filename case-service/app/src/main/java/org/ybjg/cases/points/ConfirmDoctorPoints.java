package org.ybjg.cases.points;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.DoctorPoints;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DoctorPointsConfirmed;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/**
 * Confirms the points a decision gives a 医保医师 it names (医保发〔2024〕23号): within the proposed tier,
 * with a reason, and stores the case together with {@code case.doctor-points-confirmed.v1} in one
 * document write; a refusal writes nothing.
 */
@Component
public class ConfirmDoctorPoints {

  private static final Logger log = LoggerFactory.getLogger(ConfirmDoctorPoints.class);
  private static final EventType CONFIRMED =
      new EventType(DoctorPointsConfirmed.TYPE, CaseTopics.EVENTS);

  private final CaseAccess access;
  private final AggregateStore store;
  private final Events events;
  private final CaseRules rules;

  ConfirmDoctorPoints(CaseAccess access, AggregateStore store, Events events, CaseRules rules) {
    this.access = access;
    this.store = store;
    this.events = events;
    this.rules = rules;
  }

  /**
   * @param expectedVersion the version the officer read (If-Match), or null
   */
  public record Command(
      String caseId,
      Long expectedVersion,
      String doctorId,
      int points,
      String reason,
      Caller caller) {}

  public CaseFile confirm(Command command) {
    access.requireDecider(command.caller());
    CaseFile current = access.visibleCase(command.caseId(), command.caller());
    CaseAccess.requireVersion(current, command.expectedVersion());
    CaseFile next =
        current.confirmDoctorPoints(
            command.doctorId(),
            command.points(),
            command.reason(),
            command.caller().username(),
            rules.now());
    DoctorPoints given =
        next.decision().doctorPoints().stream()
            .filter(p -> p.doctorId().equals(command.doctorId().strip()))
            .findFirst()
            .orElseThrow();
    store.update(
        CaseFiles.COLLECTION,
        current.id(),
        current.version(),
        next,
        List.of(
            new AggregateStore.Outgoing(
                CaseTopics.EVENTS,
                next.institutionId(),
                events.envelope(CONFIRMED, next.id(), fact(next, given)))),
        null);
    log.info(
        "case {}: {} points for doctor {} confirmed by {}",
        next.id(),
        given.points(),
        given.doctorId(),
        command.caller().username());
    return next;
  }

  private static DoctorPointsConfirmed fact(CaseFile c, DoctorPoints given) {
    return new DoctorPointsConfirmed(
        c.id(),
        c.decision().number().text(),
        c.institutionId(),
        c.countyCode(),
        given.doctorId(),
        given.name(),
        given.points(),
        given.tierMin(),
        given.tierMax(),
        given.reason(),
        c.decision().article(),
        c.decision().decidedOn(),
        given.confirmedOn());
  }
}
