package org.ybjg.registry.institution;

import java.time.LocalDate;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;

/** Register a designated institution; {@code idempotencyKey} is the client's optional retry key. */
public record RegisterInstitutionCommand(
    String nationalCode,
    String name,
    InstitutionType type,
    InstitutionLevel level,
    Ownership ownership,
    String countyCode,
    LocalDate agreementSignedOn,
    String idempotencyKey) {}
