package org.ybjg.cases.casefile.domain;

import java.time.Instant;

/** One step in a case's history: what, when (UTC) and who ({@code system} when an event caused it). */
public record HistoryEntry(HistoryKind kind, Instant at, String by) {

  public static final String SYSTEM = "system";
}
