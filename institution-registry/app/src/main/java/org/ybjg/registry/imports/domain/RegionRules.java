package org.ybjg.registry.imports.domain;

import java.util.List;

/** What the import rules need to know about regions and the importing caller's reach. */
public interface RegionRules {

  boolean isCounty(String code);

  /** Whether the county lies inside the importing caller's region. */
  boolean inCallerRegion(String countyCode);

  /** The county and its ancestors from the region table, nearest first. */
  List<String> pathOf(String countyCode);
}
