package org.ybjg.inspection.sampling.domain;

import java.util.List;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/**
 * The medical-security handling agencies (医保经办机构) as inspection objects: one per region, the
 * province's, each city's and each county's. A re-check covers them 100 % (吕医保发〔2021〕36号 §(三)1
 * round 2: "经办机构100%"). They are not designated institutions, so the registry does not publish
 * them; a plan whose strata name the type {@link #TYPE} takes them from the region table, and only
 * such a stratum does (a stratum of "any type" means any institution).
 */
public final class Agencies {

  public static final String TYPE = "AGENCY";
  private static final String ID_PREFIX = "AGENCY-";

  private Agencies() {}

  public static String idOf(String regionCode) {
    return ID_PREFIX + regionCode;
  }

  public static boolean isAgency(String id) {
    return id.startsWith(ID_PREFIX);
  }

  /** The agency of a region, e.g. 东江市城东区（演示）医疗保障经办机构, placed in that region. */
  public static DirectoryEntry of(String regionCode, String regionName, List<String> regionPath) {
    return new DirectoryEntry(
        idOf(regionCode),
        0,
        null,
        regionName + "医疗保障经办机构",
        TYPE,
        null,
        null,
        regionCode,
        regionPath,
        null,
        null,
        null,
        null);
  }
}
