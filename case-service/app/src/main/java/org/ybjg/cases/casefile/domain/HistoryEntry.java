package org.ybjg.cases.casefile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step in a case's history: what, when it was recorded (UTC), its legal date, who acted ({@code
 * system} when the service did it on an event or a schedule), who signed (docs/architecture.md:
 * signatures required by the domain are recorded as such) and a note.
 */
public record HistoryEntry(
    HistoryKind kind, Instant at, String by, LocalDate on, List<String> signedBy, String note) {

  public static final String SYSTEM = "system";

  public HistoryEntry {
    signedBy = signedBy == null ? List.of() : List.copyOf(signedBy);
  }

  public HistoryEntry(HistoryKind kind, Instant at, String by) {
    this(kind, at, by, null, List.of(), null);
  }
}
