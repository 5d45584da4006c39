package org.ybjg.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

  private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

  private final List<String> verified = new ArrayList<>();
  private final MutableClock clock = new MutableClock(NOW);
  private final JwtDecoder verifier =
      token -> {
        verified.add(token);
        if (token.startsWith("bad")) {
          throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("county-admin")
            .issuedAt(NOW)
            .expiresAt(NOW.plusSeconds(3600))
            .build();
      };
  private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);

  @Test
  void shouldVerifyATokenOnceWhenTheSameTokenComesAgain() {
    Jwt first = cache.decode("token-a");
    Jwt second = cache.decode("token-a");

    assertThat(second).isSameAs(first);
    assertThat(verified).containsExactly("token-a");
  }

  @Test
  void shouldVerifyAgainWhenTheCachedTokenHasExpired() {
    cache.decode("token-a");
    clock.now = NOW.plusSeconds(3600);

    cache.decode("token-a");

    assertThat(verified).containsExactly("token-a", "token-a");
  }

  @Test
  void shouldNeverRememberARefusedToken() {
    assertThatThrownBy(() -> cache.decode("bad-token")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> cache.decode("bad-token")).isInstanceOf(BadJwtException.class);

    assertThat(verified).containsExactly("bad-token", "bad-token");
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
