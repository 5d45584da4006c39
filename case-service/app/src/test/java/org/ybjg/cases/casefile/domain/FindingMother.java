package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ybjg.cases.institution.domain.Ownership;

/** Findings as the inspection service records them, in the demo province. */
public final class FindingMother {

  private FindingMother() {}

  /** An improper-charging finding against a public hospital of county 990102. */
  public static Finding overChargingAtPublicHospital() {
    return new Finding(
        "finding-0001",
        "institution-0001",
        "示范市第一人民医院(演示)",
        Ownership.PUBLIC,
        "990102",
        FindingCategory.GENERAL_VIOLATION,
        new BigDecimal("12800.50"),
        LocalDate.of(2026, 2, 9));
  }
}
