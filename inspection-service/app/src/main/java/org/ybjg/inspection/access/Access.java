package org.ybjg.inspection.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.problem.Problems;
import org.ybjg.chassis.security.Caller;

/**
 * Who may do what in this service, beyond the chassis rule that auditors never write. Institution
 * users may read the directory (public facts about institutions) but not the roster or findings.
 */
public final class Access {

  /** Bureau and agency staff: may read the roster and findings. */
  public static final Set<String> STAFF =
      Set.of(
          "PROVINCE_ADMIN",
          "CITY_ADMIN",
          "COUNTY_ADMIN",
          "INSPECTOR",
          "EXPERT",
          "AUDITOR",
          "API_CLIENT");

  /** The bureaus' administrators. */
  public static final Set<String> ADMINISTRATORS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN");

  /** Administrators keep the roster; API clients are provincial systems feeding it. */
  public static final Set<String> ROSTER_KEEPERS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");

  /** Whoever inspects may record what was found. */
  public static final Set<String> FINDING_RECORDERS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "INSPECTOR", "EXPERT", "API_CLIENT");

  private Access() {}

  public static void requireAnyRole(Caller caller, Set<String> allowed) {
    if (caller.roles().stream().noneMatch(allowed::contains)) {
      throw new ErrorResponseException(
          HttpStatus.FORBIDDEN,
          Problems.of(
              HttpStatus.FORBIDDEN,
              "forbidden",
              "Forbidden",
              "Your role does not allow this action."),
          null);
    }
  }

  /**
   * A write that names a place outside the caller's reach. Unlike reading a foreign record (404),
   * the caller chose the place, so saying so leaks nothing.
   */
  public static ErrorResponseException outsideRegion(Caller caller, String field, String code) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.FORBIDDEN,
            "outside-region",
            "Outside your region",
            "Region " + code + " lies outside your region " + caller.region() + ".");
    Problems.withViolations(
        problem,
        List.of(Map.of("field", field, "message", "outside your region " + caller.region())));
    return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
  }

  /**
   * The same idempotency key with another body: a client bug, not a retry. Answering the first
   * record would hide it, so 422 and nothing written.
   */
  public static Refusal keyReused() {
    return Refusal.rule(
        "idempotency-key-reused",
        "Idempotency-Key",
        "该幂等键已用于另一请求 (this Idempotency-Key was already used with a different request)");
  }

  /** The idempotency key as stored: per user, so two users' keys never collide. */
  public static String requestKey(Caller caller, String idempotencyKey) {
    return idempotencyKey == null || idempotencyKey.isBlank()
        ? null
        : caller.username() + " " + idempotencyKey.strip();
  }
}
