package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An approved extension of the decision period, with its reason (docs/law.md §2: each recorded with
 * its reason).
 */
public record Extension(int days, String reason, LocalDate on, String by, List<String> signedBy) {

  public Extension {
    signedBy = signedBy == null ? List.of() : List.copyOf(signedBy);
  }
}
