package org.ybjg.registry.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An institution's annual evaluation (年度考核, 承医保发〔2019〕2号 §6) for one year: the decided violations
 * it counts. The score is not stored but computed with the current {@link ScoringTable}, so a
 * changed table applies to every year at once.
 *
 * @param id {@code <institutionId>-<year>}
 * @param version optimistic-lock version, 1 when stored first
 */
public record AnnualEvaluation(
    String id,
    long version,
    String institutionId,
    String nationalCode,
    String institutionName,
    String countyCode,
    List<String> regionPath,
    int year,
    List<Violation> violations) {

  public AnnualEvaluation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(institutionId, "institutionId");
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    violations = violations == null ? List.of() : List.copyOf(violations);
  }

  public static String idOf(String institutionId, int year) {
    return institutionId + "-" + year;
  }

  /** A year with no violation counted yet (version 0: not stored). */
  public static AnnualEvaluation start(
      String institutionId,
      String nationalCode,
      String institutionName,
      String countyCode,
      List<String> regionPath,
      int year) {
    return new AnnualEvaluation(
        idOf(institutionId, year),
        0,
        institutionId,
        nationalCode,
        institutionName,
        countyCode,
        regionPath,
        year,
        List.of());
  }

  public boolean counts(String eventId) {
    return violations.stream().anyMatch(v -> v.eventId().equals(eventId));
  }

  /** Counts one more violation; a violation of an event already counted changes nothing. */
  public AnnualEvaluation count(Violation violation) {
    if (counts(violation.eventId())) {
      return this;
    }
    List<Violation> next = new ArrayList<>(violations);
    next.add(violation);
    return new AnnualEvaluation(
        id,
        version + 1,
        institutionId,
        nationalCode,
        institutionName,
        countyCode,
        regionPath,
        year,
        next);
  }

  public ScoringTable.Result evaluate(ScoringTable table) {
    return table.evaluate(violations);
  }
}
