package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement measure ordered by a decision on a case (docs/domain.md#cases "agreement measures"):
 * suspend fund-paid services for a period, or terminate the agreement.
 */
public record AgreementMeasure(
    Kind kind, Integer months, LocalDate from, LocalDate until, List<String> departments) {

  public enum Kind {
    SUSPEND_AGREEMENT,
    TERMINATE_AGREEMENT
  }

  public AgreementMeasure {
    if (kind == null) {
      throw new IllegalArgumentException("measure kind is required");
    }
    departments = departments == null ? List.of() : List.copyOf(departments);
  }
}
