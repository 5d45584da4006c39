package org.ybjg.local.platform.demo;

import java.time.LocalDate;

/** The body of {@code POST /api/registry/institutions} for one demo institution. */
public record DemoInstitution(
    String nationalCode,
    String name,
    InstitutionType type,
    InstitutionLevel level,
    Ownership ownership,
    String countyCode,
    LocalDate agreementSignedOn) {}
