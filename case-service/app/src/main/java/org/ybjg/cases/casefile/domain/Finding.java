package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ybjg.cases.institution.domain.Ownership;

/** What a case needs of the inspection finding it is opened from (the clue, 案源). */
public record Finding(
    String findingId,
    String institutionId,
    String institutionName,
    Ownership ownership,
    String countyCode,
    FindingCategory category,
    BigDecimal improperAmount,
    LocalDate foundOn) {

  public Finding {
    if (findingId == null
        || findingId.isBlank()
        || institutionId == null
        || institutionId.isBlank()) {
      throw new IllegalArgumentException("a finding needs its id and the institution's id");
    }
    if (countyCode == null || !countyCode.matches("[0-9]{6}")) {
      throw new IllegalArgumentException(
          "a finding needs the 6-digit code of its county: " + countyCode);
    }
    if (ownership == null || category == null) {
      throw new IllegalArgumentException(
          "a finding needs the institution's ownership and its category");
    }
  }
}
