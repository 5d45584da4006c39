package org.ybjg.inspection.sampling.domain;

import java.time.Instant;
import java.util.List;

/** The recorded seed ceremony: officials' entries in order, the revealed secret and the resulting seed. */
public record Ceremony(List<CeremonyEntry> entries, String secret, String seed, String recordedBy, Instant at) {

  public Ceremony {
    entries = List.copyOf(entries);
  }
}
