package org.ybjg.cases.casefile;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;

/**
 * Who may see and act on which case. On top of the chassis rule (any valid token reads, auditors
 * never write): cases are read by supervisory roles only, not by institution users or experts, and
 * decisions are issued by the bureaus' administrators; a case outside the caller's region is "not
 * found".
 */
@Component
public class CaseAccess {

  static final Set<String> READERS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "INSPECTOR", "AUDITOR", "API_CLIENT");
  static final Set<String> DECIDERS = Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN");

  private final CaseFiles cases;
  private final RegionScope regions;

  CaseAccess(CaseFiles cases, RegionScope regions) {
    this.cases = cases;
    this.regions = regions;
  }

  public void requireReader(Caller caller) {
    requireAnyRole(caller, READERS);
  }

  public void requireDecider(Caller caller) {
    requireAnyRole(caller, DECIDERS);
  }

  /**
   * The case if it exists inside the caller's region; otherwise 404, whichever of the two it is.
   */
  public CaseFile visibleCase(String id, Caller caller) {
    CaseFile found = cases.find(id).orElseThrow(CaseAccess::notFound);
    if (!regions.covers(caller, found.countyCode())) {
      throw notFound();
    }
    return found;
  }

  /**
   * Refuses to act on a case that changed since the version the officer read (If-Match); null: no
   * check.
   */
  public static void requireVersion(CaseFile current, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw Refusal.conflict(
          "concurrent-change",
          "the case is at version "
              + current.version()
              + ", not "
              + expectedVersion
              + "; read it again");
    }
  }

  /**
   * {@code "3"}, {@code W/"3"} or {@code 3} → 3; {@code *} or none → null (the spec's pattern was
   * checked).
   */
  public static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    return Long.valueOf(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
  }

  private static Refusal notFound() {
    return Refusal.notFound("case not found");
  }

  private static void requireAnyRole(Caller caller, Set<String> allowed) {
    if (caller.roles().stream().noneMatch(allowed::contains)) {
      throw new AccessDeniedException("roles " + caller.roles() + " do not allow this");
    }
  }
}
