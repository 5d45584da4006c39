package org.ybjg.cases.casefile.domain;

/** A case has one decision; a second one is refused. */
public class CaseAlreadyDecided extends RuntimeException {

  public CaseAlreadyDecided(String caseId, String decisionNumber) {
    super("case " + caseId + " already has decision " + decisionNumber);
  }
}
