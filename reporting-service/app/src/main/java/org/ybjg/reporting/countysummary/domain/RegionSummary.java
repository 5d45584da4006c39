package org.ybjg.reporting.countysummary.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every county of a region with its figures, sorted by county code, and the region's totals.
 *
 * @param counties every county of the region, including those without any data (with zeros)
 * @param totals the sum over {@code counties}
 */
public record RegionSummary(Place region, List<CountySummary> counties, Figures totals) {

  public RegionSummary {
    counties = List.copyOf(counties);
  }

  /**
   * Lists exactly {@code countiesOfRegion} (the region table decides which counties a region has),
   * each with its figures or zeros, and sums them. Figures of counties not in the list are ignored,
   * so the totals always equal the sum of the rows shown.
   */
  public static RegionSummary of(
      Place region, List<Place> countiesOfRegion, Map<String, Figures> figuresByCounty) {
    List<CountySummary> rows =
        countiesOfRegion.stream()
            .sorted(Comparator.comparing(Place::code))
            .map(
                county ->
                    new CountySummary(
                        county, figuresByCounty.getOrDefault(county.code(), Figures.ZERO)))
            .toList();
    Figures totals = rows.stream().map(CountySummary::figures).reduce(Figures.ZERO, Figures::plus);
    return new RegionSummary(region, rows, totals);
  }
}
