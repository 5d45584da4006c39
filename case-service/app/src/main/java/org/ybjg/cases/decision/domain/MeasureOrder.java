package org.ybjg.cases.decision.domain;

import java.time.LocalDate;
import java.util.List;
import org.ybjg.cases.casefile.domain.MeasureKind;

/** A measure as an officer asks for it, before the rule table has checked it. */
public record MeasureOrder(
    MeasureKind kind, Integer months, LocalDate from, List<String> departments) {

  public MeasureOrder {
    departments = departments == null ? List.of() : List.copyOf(departments);
  }
}
