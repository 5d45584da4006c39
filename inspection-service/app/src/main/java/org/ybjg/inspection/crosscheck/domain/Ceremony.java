package org.ybjg.inspection.crosscheck.domain;

import java.time.Instant;
import java.util.List;

/** The recorded ceremony: who entered which digits, in order; when and by whom it was recorded. */
public record Ceremony(List<Official> officials, Instant fixedAt, String fixedBy) {

  public Ceremony {
    officials = officials == null ? List.of() : List.copyOf(officials);
  }
}
