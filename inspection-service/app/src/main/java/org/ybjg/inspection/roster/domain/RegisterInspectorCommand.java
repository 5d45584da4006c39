package org.ybjg.inspection.roster.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * What an administrator asks to put on the roster.
 *
 * @param requestKey the client's idempotency key (already qualified by the caller), or null
 */
public record RegisterInspectorCommand(
    String name,
    InspectorRole role,
    String certificateNumber,
    LocalDate certificateValidUntil,
    String homeCountyCode,
    String employer,
    Collection<Specialty> specialties,
    String requestKey) {}
