package org.ybjg.inspection.coverage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.ybjg.inspection.coverage.domain.CheckedInstitutions;
import org.ybjg.inspection.finding.Findings;

/**
 * An institution is checked when a finding was recorded for it with {@code foundOn} inside the
 * window. Read from the findings (through their repository) when progress is asked for: no counter
 * to keep in step, no new event to consume, and a finding recorded a second ago already counts. One
 * query per round — the findings of the round's region (indexed {@code regionPath}) inside the
 * window, institution ids only — intersected with the population in memory; an {@code $in} over
 * thousands of ids is far slower on the embedded store, which cannot use a secondary index for it.
 */
@Component
class FindingsChecked implements CheckedInstitutions {

  private final Findings findings;

  FindingsChecked(Findings findings) {
    this.findings = findings;
  }

  @Override
  public Set<String> checkedAmong(
      String regionCode, Collection<String> institutionIds, LocalDate from, LocalDate to) {
    Set<String> wanted =
        institutionIds instanceof Set<String> set ? set : new HashSet<>(institutionIds);
    Set<String> checked = new HashSet<>();
    try (Stream<String> found = findings.institutionIdsFound(regionCode, from, to)) {
      found.filter(wanted::contains).forEach(checked::add);
    }
    return checked;
  }
}
