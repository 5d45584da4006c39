package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ybjg.cases.institution.domain.Ownership;

/** A clue to open a case from, with the institution's facts as the case service knows them. */
public record Clue(
    CaseOrigin origin,
    String institutionId,
    String institutionName,
    Ownership ownership,
    String countyCode,
    FindingCategory category,
    BigDecimal amountInvolved,
    LocalDate receivedOn,
    CaseSource source) {}
