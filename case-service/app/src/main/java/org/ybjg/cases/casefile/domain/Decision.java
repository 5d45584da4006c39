package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;

/**
 * The decision on a case (处理决定): its document number, the agreement measures it orders, the fine
 * and the fund money to return (yuan, scale 2, or null), the article applied and legal basis, the
 * credit consequence, how the lawful range was found, who issued and signed it, and the 医保医师 it
 * names as concerned.
 */
public record Decision(
    DecisionNumber number,
    List<Measure> measures,
    BigDecimal fineAmount,
    String basis,
    LocalDate decidedOn,
    String decidedBy,
    BigDecimal returnAmount,
    String article,
    CreditConsequence creditConsequence,
    PenaltyAssessment penalty,
    List<String> signedBy,
    List<ConcernedDoctor> doctors,
    List<DoctorPoints> doctorPoints) {

  public Decision {
    if (number == null || decidedOn == null || decidedBy == null) {
      throw new IllegalArgumentException("a decision needs its number, date and issuing officer");
    }
    measures = measures == null ? List.of() : List.copyOf(measures);
    signedBy = signedBy == null || signedBy.isEmpty() ? List.of(decidedBy) : List.copyOf(signedBy);
    doctors = doctors == null ? List.of() : List.copyOf(doctors);
    doctorPoints = doctorPoints == null ? List.of() : List.copyOf(doctorPoints);
  }

  /** This decision naming the 医保医师 concerned (already {@link ConcernedDoctor#checked checked}). */
  public Decision withDoctors(List<ConcernedDoctor> named) {
    return new Decision(
        number,
        measures,
        fineAmount,
        basis,
        decidedOn,
        decidedBy,
        returnAmount,
        article,
        creditConsequence,
        penalty,
        signedBy,
        named,
        doctorPoints);
  }

  /** This decision with the points proposed (or confirmed) for its doctors. */
  public Decision withDoctorPoints(List<DoctorPoints> points) {
    return new Decision(
        number,
        measures,
        fineAmount,
        basis,
        decidedOn,
        decidedBy,
        returnAmount,
        article,
        creditConsequence,
        penalty,
        signedBy,
        doctors,
        points);
  }

  /**
   * Confirms the points of doctor {@code doctorId}: a doctor the decision does not name breaks a
   * rule (422 {@code doctor-not-named}), as do points outside the proposed tier.
   */
  Decision confirmPoints(String doctorId, int points, String reason, LocalDate on, String by) {
    DoctorPoints proposed =
        doctorPoints.stream()
            .filter(p -> p.doctorId().equals(doctorId == null ? null : doctorId.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    Refusal.rule(
                        "doctor-not-named",
                        "doctorId",
                        "decision " + number.text() + " does not name doctor " + doctorId,
                        doctorId,
                        number.text()));
    DoctorPoints confirmed = proposed.confirm(points, reason, on, by);
    List<DoctorPoints> next = new ArrayList<>(doctorPoints);
    next.set(next.indexOf(proposed), confirmed);
    return withDoctorPoints(next);
  }
}
