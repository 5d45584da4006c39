package org.ybjg.chassis.security;

import java.util.List;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.region.RegionTable;

/**
 * Scopes every query and command by the caller's region. Records store {@code regionPath} (their
 * county and its ancestors from the region table) so a scoped query is one indexed equality match.
 */
public class RegionScope {

  public static final String REGION_PATH = "regionPath";

  private final RegionTable regions;

  public RegionScope(RegionTable regions) {
    this.regions = regions;
  }

  public boolean covers(Caller caller, String countyCode) {
    return regions.isWithin(countyCode, caller.region());
  }

  /**
   * Throws 404 (not 403) for a record outside the caller's region, so a foreign region cannot even
   * learn that the record exists.
   */
  public void requireCovers(Caller caller, String countyCode, String what) {
    if (!covers(caller, countyCode)) {
      throw Refusal.notFound(what + " not found");
    }
  }

  /** A filter region asked for by the caller must lie inside the caller's own region. */
  public String narrow(Caller caller, String requestedRegion) {
    if (requestedRegion == null || requestedRegion.isBlank()) {
      return caller.region();
    }
    if (!regions.isWithin(requestedRegion, caller.region())) {
      throw Refusal.notFound("region " + requestedRegion + " not found");
    }
    return requestedRegion;
  }

  public List<String> pathOf(String countyCode) {
    return regions.pathOf(countyCode);
  }

  public RegionTable regions() {
    return regions;
  }
}
