package org.ybjg.cases.casefile.domain;

/**
 * One circumstance that moved the range: its kind, the ground (a mitigation ground or
 * REPEAT_OFFENCE), why.
 */
public record Adjustment(AdjustmentKind kind, String ground, String explanation) {}
