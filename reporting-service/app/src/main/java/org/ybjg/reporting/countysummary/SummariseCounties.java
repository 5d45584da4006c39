package org.ybjg.reporting.countysummary;

import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.reporting.countysummary.domain.CountySummary;
import org.ybjg.reporting.countysummary.domain.Place;
import org.ybjg.reporting.countysummary.domain.RegionSummary;

/** Summarises one county, or every county of a region, within the caller's reach. */
@Component
class SummariseCounties {

  private final RegionScope scope;
  private final CountySummaries summaries;

  SummariseCounties(RegionScope scope, CountySummaries summaries) {
    this.scope = scope;
    this.summaries = summaries;
  }

  /**
   * 404 for an unknown code, a code that is not a county, and a county outside the caller's region
   * alike.
   */
  CountySummary county(Caller caller, String countyCode) {
    Region county =
        regions()
            .find(countyCode)
            .filter(region -> region.level() == Region.Level.COUNTY)
            .orElseThrow(() -> Refusal.notFound("county " + countyCode + " not found"));
    scope.requireCovers(caller, countyCode, "county " + countyCode);
    return new CountySummary(place(county), summaries.ofCounty(countyCode));
  }

  /**
   * Every county of the caller's region, or of {@code requestedRegion} inside it; 404 for anything
   * else.
   */
  RegionSummary region(Caller caller, String requestedRegion) {
    String regionCode = scope.narrow(caller, requestedRegion);
    Region region =
        regions()
            .find(regionCode)
            .orElseThrow(() -> Refusal.notFound("region " + regionCode + " not found"));
    List<Place> counties =
        regions().all().stream()
            .filter(candidate -> candidate.level() == Region.Level.COUNTY)
            .filter(candidate -> regions().isWithin(candidate.code(), regionCode))
            .map(SummariseCounties::place)
            .toList();
    return RegionSummary.of(place(region), counties, summaries.ofRegion(regionCode));
  }

  private RegionTable regions() {
    return scope.regions();
  }

  private static Place place(Region region) {
    return new Place(region.code(), region.name());
  }
}
