package org.ybjg.registry.qualification.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Points a decision gave the person (记分, 医保发〔2024〕23号), as the case service confirmed them: they
 * count in the calendar year of the decision until the decision is revoked ({@code withdrawnOn}).
 *
 * @param institutionId the institution whose decision it was (the person may be listed by others)
 * @param doctorId the listing (医保医师编码) the decision named
 */
public record PointsEntry(
    String caseId,
    String decisionNumber,
    String institutionId,
    String doctorId,
    int points,
    String reason,
    LocalDate decidedOn,
    LocalDate withdrawnOn) {

  public PointsEntry {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (points < 1 || points > 12) {
      throw new IllegalArgumentException("points per decision are 1 to 12, not " + points);
    }
  }

  public boolean counts() {
    return withdrawnOn == null;
  }

  boolean sameDecision(PointsEntry other) {
    return caseId.equals(other.caseId) && Objects.equals(doctorId, other.doctorId);
  }

  PointsEntry withdrawn(LocalDate on) {
    return new PointsEntry(
        caseId, decisionNumber, institutionId, doctorId, points, reason, decidedOn, on);
  }
}
