package org.ybjg.reporting.facts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.chassis.domain.Yuan;

/**
 * The decision issued on a case (处理决定): its agreement measures, counted by kind, and its fine.
 *
 * @param measureKinds the kind of each measure ordered, e.g. SUSPEND_AGREEMENT, TERMINATE_AGREEMENT
 * @param fineAmount yuan, scale 2; a decision without a fine counts 0.00
 */
public record CaseDecisionFact(
    String caseId,
    String decisionNumber,
    String institutionId,
    String countyCode,
    List<String> measureKinds,
    BigDecimal fineAmount,
    LocalDate decidedOn,
    Instant eventTime) {

  public static final String SUSPEND_AGREEMENT = "SUSPEND_AGREEMENT";
  public static final String TERMINATE_AGREEMENT = "TERMINATE_AGREEMENT";

  public CaseDecisionFact {
    Require.text(caseId, "caseId");
    Require.text(countyCode, "countyCode");
    Require.present(eventTime, "eventTime");
    measureKinds = measureKinds == null ? List.of() : measureKinds;
    if (measureKinds.stream().anyMatch(kind -> kind == null || kind.isBlank())) {
      throw new IllegalArgumentException("a measure has no kind");
    }
    measureKinds = List.copyOf(measureKinds);
    fineAmount = fineAmount == null ? Yuan.ZERO : Require.yuan(fineAmount, "fineAmount");
  }

  /**
   * Agreement suspensions (暂停医保服务) this decision orders: each SUSPEND_AGREEMENT measure counts
   * once.
   */
  public int suspensionsOrdered() {
    return count(SUSPEND_AGREEMENT);
  }

  /** Agreement terminations (解除协议) this decision orders. */
  public int terminationsOrdered() {
    return count(TERMINATE_AGREEMENT);
  }

  private int count(String kind) {
    return (int) measureKinds.stream().filter(kind::equals).count();
  }
}
