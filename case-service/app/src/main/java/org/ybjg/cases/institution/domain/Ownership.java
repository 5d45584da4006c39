package org.ybjg.cases.institution.domain;

import java.util.Optional;

/**
 * Who owns a designated institution. It decides where a case is referred (docs/domain.md#cases):
 * public hospitals' cases to discipline inspection (纪检监察), private ones to public security (公安).
 */
public enum Ownership {
  PUBLIC("公立"),
  PRIVATE("民营/个体");

  private final String label;

  Ownership(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The ownership named by a code from another service, if it is one we know. */
  public static Optional<Ownership> fromCode(String code) {
    for (Ownership ownership : values()) {
      if (ownership.name().equals(code)) {
        return Optional.of(ownership);
      }
    }
    return Optional.empty();
  }
}
