package org.ybjg.inspection.coverage;

import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.inspection.coverage.domain.RoundMember;
import org.ybjg.inspection.directory.DirectoryEntries;

/**
 * The designated institutions (定点医药机构) of a region in the object directory: agreement ACTIVE or
 * SUSPENDED (a suspension keeps the designation; NONE and TERMINATED are not designated). Reads
 * through the directory's repository only the three fields a round keeps.
 */
@Component
class DesignatedInstitutions {

  static final List<String> DESIGNATED_STATES = List.of("ACTIVE", "SUSPENDED");

  private final DirectoryEntries directory;

  DesignatedInstitutions(DirectoryEntries directory) {
    this.directory = directory;
  }

  List<RoundMember> in(String regionCode) {
    return directory.namedWithin(regionCode, DESIGNATED_STATES).stream()
        .map(e -> new RoundMember(e.id(), e.name(), e.countyCode()))
        .toList();
  }
}
