package org.ybjg.reporting.countysummary.domain;

/** The figures of one county (区县监管概况). */
public record CountySummary(Place county, Figures figures) {}
