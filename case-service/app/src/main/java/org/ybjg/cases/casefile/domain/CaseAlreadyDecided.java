package org.ybjg.cases.casefile.domain;

import org.ybjg.chassis.domain.Refusal;

/** A case has one decision; a second one is refused. */
public class CaseAlreadyDecided extends Refusal {

  public CaseAlreadyDecided(String caseId, String decisionNumber) {
    super(
        Kind.CONFLICT,
        "already-decided",
        null,
        "case " + caseId + " already has decision " + decisionNumber,
        caseId,
        decisionNumber);
  }
}
