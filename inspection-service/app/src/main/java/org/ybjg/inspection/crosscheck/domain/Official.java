package org.ybjg.inspection.crosscheck.domain;

/** An official who entered digits in the seed ceremony, in the recorded order. */
public record Official(String name, String digits) {}
