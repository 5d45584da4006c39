package org.ybjg.gateway.support;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** JWTs minted directly with the test keys, shaped like the local token endpoint's. */
public final class TestTokens {

  private TestTokens() {}

  /** A county administrator's token that the gateway accepts. */
  public static String valid() {
    return sign(
        TestKeys.trustedPublic(), TestKeys.trustedPrivate(), Instant.now(), Duration.ofHours(1));
  }

  public static String signedWithForeignKey() {
    return sign(
        TestKeys.foreignPublic(), TestKeys.foreignPrivate(), Instant.now(), Duration.ofHours(1));
  }

  public static String expired() {
    return sign(
        TestKeys.trustedPublic(),
        TestKeys.trustedPrivate(),
        Instant.now().minus(Duration.ofHours(3)),
        Duration.ofHours(1));
  }

  private static String sign(
      RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant issuedAt, Duration ttl) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer("ybjg-local")
            .subject("county-admin")
            .claim("name", "示范县医保局管理员(演示)")
            .claim("region", "990102")
            .claim("roles", List.of("COUNTY_ADMIN"))
            .issuedAt(issuedAt)
            .expiresAt(issuedAt.plus(ttl))
            .build();
    return NimbusJwtEncoder.withKeyPair(publicKey, privateKey)
        .build()
        .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
        .getTokenValue();
  }
}
