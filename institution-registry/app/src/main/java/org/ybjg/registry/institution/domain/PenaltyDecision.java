package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of a decision on a case that concerns the registry: who decided, and the agreement
 * measures.
 */
public record PenaltyDecision(
    String caseId,
    String decisionNumber,
    LocalDate decidedOn,
    String decidedBy,
    List<AgreementMeasure> measures) {

  public PenaltyDecision {
    measures = measures == null ? List.of() : List.copyOf(measures);
  }
}
