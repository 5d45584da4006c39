package org.ybjg.cases.calendar;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.ybjg.chassis.security.Caller;

/**
 * Who reads and who loads the working-day calendar: every member of staff reads it; only a province
 * administrator loads a year, since the State Council's notice holds for the whole province (and
 * the whole country).
 */
final class CalendarAccess {

  static final Set<String> STAFF =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "INSPECTOR", "EXPERT", "AUDITOR");
  static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";

  private CalendarAccess() {}

  static void requireStaff(Caller caller) {
    if (caller.roles().stream().noneMatch(STAFF::contains)) {
      throw new AccessDeniedException("roles " + caller.roles() + " may not read the calendar");
    }
  }

  static void requireProvinceAdmin(Caller caller) {
    if (!caller.roles().contains(PROVINCE_ADMIN)) {
      throw new AccessDeniedException("only a province administrator loads a calendar year");
    }
  }
}
