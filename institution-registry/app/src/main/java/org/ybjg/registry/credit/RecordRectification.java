package org.ybjg.registry.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.CaseClosed;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.staff.DoctorCredit;

/**
 * Records a case closed as executed and rectified ({@code case.closed.v1} with outcome CONCLUDED,
 * 整改结案) on the credit records of that case: the institution's (one write with its event, the event
 * id recorded in the same write) and its 医保医师's (each left alone once rectified). This is what
 * opens credit repair (docs/law.md#credit-and-rewards). Other outcomes rectify nothing; an
 * institution without a record of the case is not written.
 */
@Component
public class RecordRectification {

  static final String BY = "system:case-closed";

  private static final Logger log = LoggerFactory.getLogger(RecordRectification.class);

  private final Institutions institutions;
  private final DoctorCredit doctorCredit;
  private final Clock clock;

  RecordRectification(Institutions institutions, DoctorCredit doctorCredit, Clock clock) {
    this.institutions = institutions;
    this.doctorCredit = doctorCredit;
    this.clock = clock;
  }

  /**
   * @param eventId the envelope id of the {@code case.closed.v1} event
   */
  public void record(String eventId, CaseClosed closed) {
    if (!CaseClosed.CONCLUDED.equals(closed.outcome())) {
      log.debug("case {} closed {}: nothing rectified", closed.caseId(), closed.outcome());
      return;
    }
    if (closed.institutionId() == null || closed.caseId() == null) {
      log.warn("case.closed.v1 {} without institution or case id: skipped", eventId);
      return;
    }
    if (institutions.alreadyProcessed(closed.institutionId(), eventId)) {
      log.debug(
          "closure event {} already recorded on institution {}", eventId, closed.institutionId());
      return;
    }
    Optional<Institution> found = institutions.find(closed.institutionId());
    if (found.isEmpty()) {
      // a closure has nothing to rectify on an institution the registry does not know: no retry, no
      // DLT
      log.warn(
          "case {} closed as rectified (event {}) names unknown institution {}: skipped",
          closed.caseId(),
          eventId,
          closed.institutionId());
      return;
    }
    Institution current = found.get();
    LocalDate closedOn =
        closed.closedOn() == null
            ? LocalDate.now(clock.withZone(Institution.ZONE))
            : closed.closedOn();
    // the doctors first: if a write fails the event is redelivered, and doctors already marked are
    // left alone
    int doctors = doctorCredit.recordRectification(current.id(), closed.caseId(), closedOn, BY);
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    Institution next = current.recordRectification(closed.caseId(), closedOn, at, BY);
    if (next == current) {
      log.debug(
          "case {} closed as rectified: institution {} has no unrectified record of it ({} doctors marked)",
          closed.caseId(),
          current.id(),
          doctors);
      return;
    }
    // Optimistic-lock clash: thrown to the container's error handler, which retries with backoff.
    institutions.update(current, List.of(next), eventId);
    log.info(
        "case {} ({}) closed as rectified on {}: credit record of institution {} and {} doctors marked",
        closed.caseId(),
        closed.decisionNumber(),
        closedOn,
        current.id(),
        doctors);
  }
}
