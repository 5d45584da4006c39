package org.ybjg.gateway.security;

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
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

  private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

  private final List<String> verified = new ArrayList<>();
  private final ReactiveJwtDecoder verifier =
      token -> {
        verified.add(token);
        return token.startsWith("bad")
            ? Mono.error(new BadJwtException("signature does not match"))
            : Mono.just(
                Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("county-admin")
                    .issuedAt(NOW)
                    .expiresAt(NOW.plusSeconds(3600))
                    .build());
      };

  @Test
  void shouldVerifyATokenOnceWhenTheSameTokenComesAgain() {
    VerifiedTokenCache cache = new VerifiedTokenCache(verifier, Clock.fixed(NOW, ZoneOffset.UTC));

    Jwt first = cache.decode("token-a").block();
    Jwt second = cache.decode("token-a").block();

    assertThat(second).isSameAs(first);
    assertThat(verified).containsExactly("token-a");
  }

  @Test
  void shouldVerifyAgainWhenTheCachedTokenHasExpired() {
    new VerifiedTokenCache(verifier, Clock.fixed(NOW, ZoneOffset.UTC)).decode("token-a").block();
    VerifiedTokenCache later =
        new VerifiedTokenCache(verifier, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));
    later.decode("token-a").block();
    later.decode("token-a").block();

    assertThat(verified).hasSize(3);
  }

  @Test
  void shouldNeverRememberARefusedToken() {
    VerifiedTokenCache cache = new VerifiedTokenCache(verifier, Clock.fixed(NOW, ZoneOffset.UTC));

    assertThatThrownBy(() -> cache.decode("bad-token").block()).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> cache.decode("bad-token").block()).isInstanceOf(BadJwtException.class);

    assertThat(verified).containsExactly("bad-token", "bad-token");
  }
}
