package org.ybjg.registry.review.domain;

import java.time.Instant;

/** One step in an application's audit log (全过程记录): when, who, what (a stable code) and details. */
public record AuditEntry(Instant at, String by, String action, String detail) {}
