package org.ybjg.registry.qualification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A person's billing qualification (医保支付资格, 医保发〔2024〕23号): the points decisions gave the person,
 * whichever institution listed them. The person is identified by the practising certificate number
 * (执业证书编号), which stays the same in every institution that lists the person, so points and the
 * state they lead to follow the person province-wide.
 *
 * <p>Nothing derived is stored: the state on a day is worked out from the entries by the {@link
 * PointsLadder}, so a withdrawn decision undoes exactly what it caused, and a redelivered event
 * (the same case and listing again) changes nothing.
 *
 * @param id the practising certificate number
 */
public record BillingQualification(
    String id, long version, String name, List<PointsEntry> entries) {

  public BillingQualification {
    Objects.requireNonNull(id, "id");
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  public static BillingQualification of(String certificateNumber, String name) {
    return new BillingQualification(certificateNumber, 0, name, List.of());
  }

  /** With {@code entry}; the same decision again answers this same qualification. */
  public BillingQualification add(PointsEntry entry) {
    if (entries.stream().anyMatch(e -> e.sameDecision(entry))) {
      return this;
    }
    List<PointsEntry> next = new ArrayList<>(entries);
    next.add(entry);
    return new BillingQualification(id, version + 1, name, next);
  }

  /**
   * The points of case {@code caseId} withdrawn on {@code on} (the decision was revoked); nothing
   * to withdraw answers this same qualification.
   */
  public BillingQualification withdraw(String caseId, LocalDate on) {
    if (entries.stream().noneMatch(e -> e.caseId().equals(caseId) && e.counts())) {
      return this;
    }
    List<PointsEntry> next =
        entries.stream()
            .map(e -> e.caseId().equals(caseId) && e.counts() ? e.withdrawn(on) : e)
            .toList();
    return new BillingQualification(id, version + 1, name, next);
  }

  /**
   * The standing on {@code day}: decisions after it do not count yet; each calendar year starts at
   * 0 points; crossing the suspension line suspends from the decision that crossed it, crossing the
   * termination line terminates (a termination's bar outlasts the year, and wins over a
   * suspension).
   */
  public Standing standingOn(LocalDate day, PointsLadder ladder) {
    Map<Integer, List<PointsEntry>> byYear = new TreeMap<>();
    entries.stream()
        .filter(e -> e.counts() && !e.decidedOn().isAfter(day))
        .sorted(Comparator.comparing(PointsEntry::decidedOn).thenComparing(PointsEntry::caseId))
        .forEach(
            e -> byYear.computeIfAbsent(e.decidedOn().getYear(), y -> new ArrayList<>()).add(e));
    LocalDate suspendedFrom = null;
    LocalDate suspendedUntil = null;
    LocalDate terminatedOn = null;
    LocalDate barredUntil = null;
    for (List<PointsEntry> year : byYear.values()) {
      int total = 0;
      for (PointsEntry entry : year) {
        int before = total;
        total += entry.points();
        if (before < ladder.terminateAt() && total >= ladder.terminateAt()) {
          terminatedOn = entry.decidedOn();
          barredUntil = ladder.barredUntil(terminatedOn, entry.points() >= ladder.terminateAt());
        } else if (before < ladder.suspendAt() && total >= ladder.suspendAt()) {
          suspendedFrom = entry.decidedOn();
          suspendedUntil = ladder.suspendedUntil(suspendedFrom);
        }
      }
    }
    int pointsThisYear =
        byYear.getOrDefault(day.getYear(), List.of()).stream().mapToInt(PointsEntry::points).sum();
    QualificationState state;
    if (terminatedOn != null && !day.isAfter(barredUntil)) {
      state = QualificationState.TERMINATED;
    } else if (suspendedFrom != null && !day.isAfter(suspendedUntil)) {
      state = QualificationState.SUSPENDED;
    } else {
      state = QualificationState.ACTIVE;
    }
    return new Standing(
        pointsThisYear, state, suspendedFrom, suspendedUntil, terminatedOn, barredUntil);
  }
}
