package org.ybjg.registry.imports;

import java.util.List;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.imports.domain.RegionRules;

/** The region table and the importing caller's reach, as the import rules see them. */
record CallerRegionRules(RegionScope scope, Caller caller) implements RegionRules {

  @Override
  public boolean isCounty(String code) {
    return scope.regions().isCounty(code);
  }

  @Override
  public boolean inCallerRegion(String countyCode) {
    return scope.covers(caller, countyCode);
  }

  @Override
  public List<String> pathOf(String countyCode) {
    return scope.pathOf(countyCode);
  }
}
