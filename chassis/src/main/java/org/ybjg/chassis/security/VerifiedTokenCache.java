package org.ybjg.chassis.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies each distinct token once and remembers the result until the token expires. An RS256
 * check costs a big-integer exponentiation, which profiling showed to be the largest single cost of
 * a read; a client sends the same token with every request of its session. The cache key is the
 * whole signed token, so nothing can be looked up without it, and an entry never outlives the
 * token's {@code exp}.
 */
public final class VerifiedTokenCache implements JwtDecoder {

  private static final int MAX_TOKENS = 10_000;

  private final JwtDecoder delegate;
  private final Clock clock;
  private final Cache<String, Jwt> verified;

  public VerifiedTokenCache(JwtDecoder delegate, Clock clock) {
    this.delegate = delegate;
    this.clock = clock;
    this.verified =
        Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfter(untilExpiry(clock)).build();
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt cached = verified.getIfPresent(token);
    if (cached != null && isCurrent(cached)) {
      return cached;
    }
    Jwt jwt = delegate.decode(token);
    if (jwt.getExpiresAt() != null) {
      verified.put(token, jwt);
    }
    return jwt;
  }

  private boolean isCurrent(Jwt jwt) {
    return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
  }

  /** Each entry lives until its token's own expiry. */
  static Expiry<String, Jwt> untilExpiry(Clock clock) {
    return Expiry.creating((token, jwt) -> remaining(clock.instant(), jwt.getExpiresAt()));
  }

  private static Duration remaining(Instant now, Instant expiresAt) {
    return expiresAt == null || !expiresAt.isAfter(now)
        ? Duration.ZERO
        : Duration.between(now, expiresAt);
  }
}
