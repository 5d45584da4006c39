package org.ybjg.registry.credit;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.ybjg.chassis.security.Caller;

/**
 * Who repairs credit (信用修复): the bureaus' administrators only. A repair takes a record off an
 * institution's or a doctor's grade, so inspectors, experts, API clients and an institution's own
 * users may not, even once the case is closed as rectified.
 */
final class CreditRepairers {

  static final Set<String> ADMINISTRATORS = Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN");

  private CreditRepairers() {}

  static void require(Caller caller) {
    if (caller.roles().stream().noneMatch(ADMINISTRATORS::contains)) {
      throw new AccessDeniedException("only administrators repair credit");
    }
  }
}
