package org.ybjg.registry.review.domain;

import java.time.Instant;

/**
 * One review of an application: the method used, its outcome, what was found and who reviewed,
 * when.
 */
public record ReviewRecord(
    ReviewMethod method, ReviewOutcome outcome, String findings, String reviewer, Instant at) {}
