package org.ybjg.inspection.coverage.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Port: which institutions have been checked inside a window. One adapter reads recorded findings;
 * a second (the draw's concluded inspection tasks) can be added as another implementation, and a
 * round counts an institution as checked when any source says so.
 */
public interface CheckedInstitutions {

  /**
   * @param regionCode the round's region: every institution asked about lies inside it (lets an
   *     adapter narrow its query by region instead of by a long list of ids)
   * @param institutionIds the institutions asked about
   * @param from first day of the window (inclusive)
   * @param to last day of the window (inclusive)
   * @return those of {@code institutionIds} checked on a day inside the window
   */
  Set<String> checkedAmong(
      String regionCode, Collection<String> institutionIds, LocalDate from, LocalDate to);
}
