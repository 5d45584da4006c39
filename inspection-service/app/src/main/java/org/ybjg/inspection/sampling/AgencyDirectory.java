package org.ybjg.inspection.sampling;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.inspection.directory.domain.DirectoryEntry;
import org.ybjg.inspection.sampling.domain.Agencies;

/**
 * The handling agencies of a region subtree as inspection objects, from the region table (see
 * {@link Agencies}).
 */
@Component
class AgencyDirectory {

  private final RegionTable regions;

  AgencyDirectory(RegionTable regions) {
    this.regions = regions;
  }

  /** The agency of {@code regionCode} and of every region below it, in code order. */
  List<DirectoryEntry> within(String regionCode) {
    return regions.all().stream()
        .filter(r -> regions.isWithin(r.code(), regionCode))
        .sorted(java.util.Comparator.comparing(Region::code))
        .map(this::agencyOf)
        .toList();
  }

  Optional<DirectoryEntry> find(String id) {
    if (!Agencies.isAgency(id)) {
      return Optional.empty();
    }
    return regions.find(id.substring(Agencies.idOf("").length())).map(this::agencyOf);
  }

  private DirectoryEntry agencyOf(Region region) {
    return Agencies.of(region.code(), region.name(), regions.pathOf(region.code()));
  }
}
