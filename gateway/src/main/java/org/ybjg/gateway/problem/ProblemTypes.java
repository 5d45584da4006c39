package org.ybjg.gateway.problem;

import java.net.URI;

/** Stable problem {@code type} URIs answered by the gateway itself (RFC 9457). */
public final class ProblemTypes {

  private static final String BASE = "https://ybjg.org/problems/";

  public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");
  public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
  public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  public static final URI INVALID_CREDENTIALS = URI.create(BASE + "invalid-credentials");
  public static final URI BAD_REQUEST = URI.create(BASE + "bad-request");
  public static final URI INTERNAL_ERROR = URI.create(BASE + "internal-error");

  private ProblemTypes() {}
}
