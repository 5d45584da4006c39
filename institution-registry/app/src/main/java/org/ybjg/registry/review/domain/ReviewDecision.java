package org.ybjg.registry.review.domain;

import java.time.Instant;

/** The decision on an application, signed by the named reviewer. */
public record ReviewDecision(
    Verdict verdict, String reason, String reviewer, Signature signature, Instant at) {}
