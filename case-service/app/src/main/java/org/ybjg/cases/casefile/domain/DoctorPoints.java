package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import org.ybjg.chassis.domain.Refusal;

/**
 * The points (记分) a decision gives one 医保医师 it names (医保发〔2024〕23号, 驾照式记分): the tier the province's
 * points table proposed when the decision was issued, and the points the officer confirmed within
 * it with a reason. Unconfirmed while {@code points} is null.
 *
 * @param tierSource the points-table row's source, as shown to the officer
 */
public record DoctorPoints(
    String doctorId,
    String name,
    int tierMin,
    int tierMax,
    String tierSource,
    boolean tierToConfirm,
    Integer points,
    String reason,
    LocalDate confirmedOn,
    String confirmedBy) {

  /** A tier proposed for a named doctor, not yet confirmed. */
  public static DoctorPoints proposed(
      ConcernedDoctor doctor, int tierMin, int tierMax, String source, boolean toConfirm) {
    return new DoctorPoints(
        doctor.doctorId(),
        doctor.name(),
        tierMin,
        tierMax,
        source,
        toConfirm,
        null,
        null,
        null,
        null);
  }

  public boolean confirmed() {
    return points != null;
  }

  /**
   * The officer's points within the tier, with a reason. Points outside the tier or a missing
   * reason break a rule (422); points already confirmed are not changed (409).
   */
  DoctorPoints confirm(int given, String why, LocalDate on, String by) {
    if (confirmed()) {
      throw Refusal.conflict(
          "points-already-confirmed",
          "the points of doctor " + doctorId + " were confirmed on " + confirmedOn + ": " + points,
          doctorId,
          points);
    }
    if (given < tierMin || given > tierMax) {
      throw Refusal.rule(
          "points-outside-tier",
          "points",
          given
              + " points are outside the tier "
              + tierMin
              + "–"
              + tierMax
              + " the points table gives this violation (医保发〔2024〕23号)",
          given,
          tierMin,
          tierMax);
    }
    if (why == null || why.isBlank()) {
      throw Refusal.rule("points-reason-required", "reason", "confirmed points need a reason");
    }
    return new DoctorPoints(
        doctorId, name, tierMin, tierMax, tierSource, tierToConfirm, given, why.strip(), on, by);
  }
}
