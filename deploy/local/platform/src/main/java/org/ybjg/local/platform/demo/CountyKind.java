package org.ybjg.local.platform.demo;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many designated institutions of each level a county-level region has. Shaped like real
 * provinces: tertiary hospitals only in city districts and county-level cities, many village
 * clinics in rural counties, pharmacies everywhere and most numerous in towns.
 */
public enum CountyKind {
  CITY_DISTRICT(4, 10, 22, 35, 55, 110),
  RURAL_COUNTY(0, 6, 28, 150, 20, 40),
  COUNTY_LEVEL_CITY(2, 8, 26, 110, 35, 70);

  private final Map<InstitutionLevel, Integer> counts = new EnumMap<>(InstitutionLevel.class);

  CountyKind(
      int tertiary,
      int secondary,
      int primary,
      int villageClinics,
      int outpatientPharmacies,
      int retailPharmacies) {
    counts.put(InstitutionLevel.TERTIARY, tertiary);
    counts.put(InstitutionLevel.SECONDARY, secondary);
    counts.put(InstitutionLevel.PRIMARY, primary);
    counts.put(InstitutionLevel.VILLAGE_CLINIC, villageClinics);
    counts.put(InstitutionLevel.OUTPATIENT_COVERAGE, outpatientPharmacies);
    counts.put(InstitutionLevel.ORDINARY_RETAIL, retailPharmacies);
  }

  public int institutionsOf(InstitutionLevel level) {
    return counts.get(level);
  }
}
