package org.ybjg.cases.tipoff.domain;

import java.time.Instant;

/** One step in a tip-off's history. */
public record TipOffEntry(String what, Instant at, String by, String note) {}
