package org.ybjg.inspection.sampling.domain;

import java.util.List;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/**
 * Who is eligible at all. Agreement states default to ACTIVE and SUSPENDED: a suspended institution
 * is still designated and under supervision (a suspension is itself a measure to follow up), while
 * a terminated agreement or none means the institution is no longer an object of agreement
 * supervision (docs/domain.md#registry).
 */
public record PopulationFilter(
    List<String> types,
    List<String> levels,
    List<String> ownerships,
    List<String> agreementStates) {

  public static final List<String> DEFAULT_STATES = List.of("ACTIVE", "SUSPENDED");

  public PopulationFilter {
    types = types == null ? List.of() : List.copyOf(types);
    levels = levels == null ? List.of() : List.copyOf(levels);
    ownerships = ownerships == null ? List.of() : List.copyOf(ownerships);
    agreementStates =
        agreementStates == null || agreementStates.isEmpty()
            ? DEFAULT_STATES
            : List.copyOf(agreementStates);
  }

  public static PopulationFilter defaults() {
    return new PopulationFilter(null, null, null, null);
  }

  public boolean admits(DirectoryEntry e) {
    return (types.isEmpty() || types.contains(e.type()))
        && (levels.isEmpty() || levels.contains(e.level()))
        && (ownerships.isEmpty() || ownerships.contains(e.ownership()))
        && agreementStates.contains(e.agreementState());
  }
}
