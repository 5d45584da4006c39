package org.ybjg.chassis.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the {@link Caller} from the validated JWT of the current request. */
public class CurrentCaller {

  public static final String REGION_CLAIM = "region";
  public static final String ROLES_CLAIM = "roles";
  private static final Pattern REGION_CODE = Pattern.compile("[0-9]{6}");

  public Caller get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
      throw new AuthenticationCredentialsNotFoundException("no authenticated caller");
    }
    return fromJwt(jwt);
  }

  public static Caller fromJwt(Jwt jwt) {
    String region = jwt.getClaimAsString(REGION_CLAIM);
    if (region == null || !REGION_CODE.matcher(region).matches()) {
      throw new InvalidScopeException("token has no valid 'region' claim");
    }
    List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
    Set<String> roleSet = roles == null ? Set.of() : Set.copyOf(new HashSet<>(roles));
    String name = jwt.getClaimAsString("name");
    return new Caller(jwt.getSubject(), name == null ? jwt.getSubject() : name, region, roleSet);
  }
}
