package org.ybjg.reporting.facts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One finding recorded by an inspection (检查发现问题).
 *
 * @param improperAmount yuan, scale 2, or null when the finding names no amount
 */
public record FindingFact(
    String findingId,
    String institutionId,
    String countyCode,
    String category,
    BigDecimal improperAmount,
    LocalDate foundOn,
    Instant eventTime) {

  public FindingFact {
    Require.text(findingId, "findingId");
    Require.text(countyCode, "countyCode");
    Require.present(eventTime, "eventTime");
    improperAmount = Require.yuan(improperAmount, "improperAmount");
  }
}
