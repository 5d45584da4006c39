package org.ybjg.registry.staff;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.cases.events.CaseClosed;
import org.ybjg.cases.events.DoctorPointsConfirmed;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.qualification.domain.BillingQualification;
import org.ybjg.registry.qualification.domain.PointsEntry;
import org.ybjg.registry.staff.domain.Doctor;

/**
 * Applies doctors' points from the case service (医保发〔2024〕23号) to the person's billing
 * qualification: {@code case.doctor-points-confirmed.v1} adds them, {@code case.closed.v1} with
 * outcome NOT_UPHELD withdraws every point of that case. Each is one write per person, which also
 * records the event id; the same event again, or the same case's points again, change nothing. A
 * listing not registered under the deciding institution is logged and skipped (the points belong to
 * a person the registry does not know there). An optimistic-lock or duplicate-key clash is thrown
 * for the consumer's retry.
 */
@Component
public class ApplyDoctorPoints {

  private static final Logger log = LoggerFactory.getLogger(ApplyDoctorPoints.class);

  private final Doctors doctors;
  private final Qualifications qualifications;
  private final Clock clock;

  ApplyDoctorPoints(Doctors doctors, Qualifications qualifications, Clock clock) {
    this.doctors = doctors;
    this.qualifications = qualifications;
    this.clock = clock;
  }

  /**
   * @return whether the person's points changed
   */
  public boolean confirmed(String eventId, DoctorPointsConfirmed points) {
    Doctor listing =
        doctors
            .find(points.doctorId())
            .filter(d -> d.institutionId().equals(points.institutionId()))
            .orElse(null);
    if (listing == null) {
      log.warn(
          "decision {} (case {}) gives {} points to doctor {}, not registered under institution {}: not applied",
          points.decisionNumber(),
          points.caseId(),
          points.points(),
          points.doctorId(),
          points.institutionId());
      return false;
    }
    String person = listing.certificateNumber();
    PointsEntry entry =
        new PointsEntry(
            points.caseId(),
            points.decisionNumber(),
            points.institutionId(),
            points.doctorId(),
            points.points(),
            points.reason(),
            points.decidedOn(),
            null);
    var current = qualifications.find(person);
    if (current.isEmpty()) {
      qualifications.insert(BillingQualification.of(person, listing.name()).add(entry), eventId);
      return true;
    }
    if (qualifications.alreadyProcessed(person, eventId)) {
      return false;
    }
    BillingQualification next = current.get().add(entry);
    if (next == current.get()) {
      return false;
    }
    qualifications.update(current.get(), next, eventId);
    return true;
  }

  /**
   * Withdraws the points of a case closed as not upheld; other outcomes are none of this class's
   * business.
   *
   * @return how many people's points were withdrawn
   */
  public int closed(String eventId, CaseClosed closed) {
    if (!CaseClosed.NOT_UPHELD.equals(closed.outcome())) {
      return 0;
    }
    LocalDate on =
        closed.closedOn() != null
            ? closed.closedOn()
            : LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    int withdrawn = 0;
    for (BillingQualification current : qualifications.withCase(closed.caseId())) {
      BillingQualification next = current.withdraw(closed.caseId(), on);
      if (next != current) {
        qualifications.update(current, next, eventId);
        withdrawn++;
      }
    }
    return withdrawn;
  }
}
