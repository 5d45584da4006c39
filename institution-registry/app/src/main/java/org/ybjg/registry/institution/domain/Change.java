package org.ybjg.registry.institution.domain;

import java.time.Instant;

/**
 * One entry of an institution's history: what changed, when, what caused it (e.g. the case whose
 * decision suspended the agreement), a human-readable detail and who did it (every command is
 * audited).
 */
public record Change(ChangeKind kind, Instant at, String reference, String detail, String by) {}
