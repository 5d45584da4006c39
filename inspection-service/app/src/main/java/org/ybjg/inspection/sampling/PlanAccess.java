package org.ybjg.inspection.sampling;

import java.util.List;
import java.util.Set;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;

/** Who may plan and draw, and where: administrators, inside their own region. */
final class PlanAccess {

  /** The bureaus' administrators write plans and run the ceremony and draw. */
  static final Set<String> PLANNERS = Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN");

  private PlanAccess() {}

  /**
   * The scope region's path, after checking it exists and lies in the caller's region (403
   * otherwise).
   */
  static List<String> scopePath(Caller caller, RegionScope scope, String regionCode) {
    if (regionCode == null || scope.regions().find(regionCode).isEmpty()) {
      throw Refusal.rule(
          "sampling-rule", "regionCode", "区划代码 " + regionCode + " 不在区划表中 (unknown region)");
    }
    if (!scope.regions().isWithin(regionCode, caller.region())) {
      throw Access.outsideRegion(caller, "regionCode", regionCode);
    }
    return scope.regions().pathOf(regionCode);
  }
}
