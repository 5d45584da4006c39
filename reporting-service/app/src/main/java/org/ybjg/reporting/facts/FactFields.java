package org.ybjg.reporting.facts;

import org.ybjg.chassis.security.RegionScope;

/** Field names every fact document has; reports match and group on them. */
public final class FactFields {

  /** GB/T 2260 county code of the place the fact belongs to (indexed). */
  public static final String COUNTY_CODE = "countyCode";

  /**
   * The county and its ancestors from the region table, nearest first (indexed): scoped queries
   * match one code.
   */
  public static final String REGION_PATH = RegionScope.REGION_PATH;

  /** Time of the latest event applied to the document (for a report's {@code asOf}). */
  public static final String EVENT_TIME = "eventTime";

  private FactFields() {}
}
