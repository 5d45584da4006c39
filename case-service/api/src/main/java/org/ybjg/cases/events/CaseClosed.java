package org.ybjg.cases.events;

import java.time.LocalDate;

/**
 * {@code case.closed.v1} on {@link CaseTopics#EVENTS}: a case was closed (结案). Schema: {@code
 * events/case.closed.v1.schema.json}.
 *
 * @param outcome DECLINED (不予立案), DISMISSED (撤销案件/不予处罚), CONCLUDED (executed and rectified) or
 *     NOT_UPHELD (the decision was revoked: its points for doctors are withdrawn; since 0.4)
 * @param decisionNumber the decision's number when there was one, else null
 * @param reason the recorded reason for DECLINED and DISMISSED, else null
 */
public record CaseClosed(
    String caseId,
    String institutionId,
    String countyCode,
    String outcome,
    String decisionNumber,
    LocalDate closedOn,
    String reason) {

  public static final String TYPE = "case.closed.v1";
  public static final String DECLINED = "DECLINED";
  public static final String DISMISSED = "DISMISSED";

  /** Executed and rectified (整改结案): what opens credit repair in the registry. */
  public static final String CONCLUDED = "CONCLUDED";

  /**
   * The decision was revoked (不予维持: on review, in court, or by the bureau itself): what the
   * decision gave, including doctors' points, is withdrawn.
   */
  public static final String NOT_UPHELD = "NOT_UPHELD";
}
