package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a clue other than an inspection finding said (docs/domain.md §4): the source's own number,
 * the specific checklist item, the period of the conduct, a description and the evidence's
 * metadata.
 */
public record CaseSource(
    String reference,
    String violationItem,
    LocalDate periodFrom,
    LocalDate periodTo,
    String description,
    String receivedBy,
    List<Evidence> evidence) {

  public CaseSource {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("a clue needs its source's reference");
    }
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Metadata of one piece of evidence; the file itself stays in the bureau's document system. */
  public record Evidence(String title, String kind, String sha256, Integer pages) {}
}
