package org.ybjg.registry.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.ybjg.chassis.problem.Problems;

/**
 * Registry reads are for staff. An institution's own user (role {@code INSTITUTION_USER}, no staff
 * role) is bound to the institution named by the token's {@code institution} claim: it reaches that
 * institution's record and what hangs under it ({@code /api/registry/institutions/{own id}/**}) and
 * the public pages, and nothing else — no competitor's fund payments, credit file, filings or
 * doctors' certificate numbers, no lists across institutions. A token without the claim reaches
 * nothing.
 */
public class InstitutionUserScope implements HandlerInterceptor {

  public static final String INSTITUTION_CLAIM = "institution";
  static final String INSTITUTION_USER = "INSTITUTION_USER";
  static final Set<String> STAFF =
      Set.of(
          "PROVINCE_ADMIN",
          "CITY_ADMIN",
          "COUNTY_ADMIN",
          "INSPECTOR",
          "EXPERT",
          "AUDITOR",
          "API_CLIENT");
  private static final String OWN_RECORDS = "/api/registry/institutions/";

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
      return true; // public pages; the security chain already refused anything else
    }
    List<String> roles = jwt.getClaimAsStringList("roles");
    if (roles == null
        || !roles.contains(INSTITUTION_USER)
        || roles.stream().anyMatch(STAFF::contains)) {
      return true;
    }
    String own = jwt.getClaimAsString(INSTITUTION_CLAIM);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (own != null && !own.isBlank() && ownsPath(path, own)) {
      return true;
    }
    throw new ErrorResponseException(
        HttpStatus.FORBIDDEN,
        Problems.of(
            HttpStatus.FORBIDDEN,
            "forbidden",
            "Forbidden",
            "An institution's user reaches its own institution only."),
        null);
  }

  /** {@code /api/registry/institutions/{own}} or anything under it, by whole path segment. */
  static boolean ownsPath(String path, String own) {
    String prefix = OWN_RECORDS + own;
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
