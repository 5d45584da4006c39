package org.ybjg.registry.qualification.domain;

import java.time.LocalDate;

/**
 * Where a person stands on a day: points of that calendar year, the qualification's state, and the
 * latest suspension or termination with its dates (null where there was none).
 *
 * @param barredUntil the last day on which the person cannot be registered again
 */
public record Standing(
    int pointsThisYear,
    QualificationState state,
    LocalDate suspendedFrom,
    LocalDate suspendedUntil,
    LocalDate terminatedOn,
    LocalDate barredUntil) {

  public boolean barredOn(LocalDate day) {
    return barredUntil != null && !day.isAfter(barredUntil) && !day.isBefore(terminatedOn);
  }
}
