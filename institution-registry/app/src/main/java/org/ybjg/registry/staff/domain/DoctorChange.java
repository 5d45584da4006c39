package org.ybjg.registry.staff.domain;

import java.time.Instant;

/**
 * One entry of a doctor's history: what, when, caused by (e.g. a case id), detail and who did it.
 */
public record DoctorChange(
    DoctorChangeKind kind, Instant at, String reference, String detail, String by) {}
