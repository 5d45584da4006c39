package org.ybjg.gateway.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.ybjg.gateway.token.LocalTokenProperties.DemoUser;

/** Checks a demo user's password and signs an RS256 JWT with the claims every service reads. */
public class LocalTokenIssuer {

  private final LocalTokenProperties properties;
  private final Map<String, DemoUser> usersByName;
  private final JwtEncoder encoder;
  private final PasswordEncoder passwords =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final Clock clock;

  public LocalTokenIssuer(LocalTokenProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.usersByName =
        properties.users().stream()
            .collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
    RSAPrivateKey privateKey = readPrivateKey(properties.privateKeyLocation());
    this.encoder = NimbusJwtEncoder.withKeyPair(publicKeyOf(privateKey), privateKey).build();
  }

  /**
   * A signed token, or empty when the user is unknown or the password wrong (callers must not tell
   * which).
   */
  public Optional<IssuedToken> issue(String username, String password) {
    DemoUser user = usersByName.get(username);
    if (user == null || !passwords.matches(password, user.password())) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(properties.issuer())
            .subject(user.username())
            .claim("name", user.name())
            .claim("region", user.region())
            .claim("roles", user.roles())
            .issuedAt(now)
            .expiresAt(now.plus(properties.timeToLive()))
            .build();
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
    String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    return Optional.of(new IssuedToken(token, properties.timeToLive().toSeconds()));
  }

  public record IssuedToken(String value, long expiresInSeconds) {}

  private static RSAPrivateKey readPrivateKey(Resource location) {
    try (InputStream pem = location.getInputStream()) {
      return RsaKeyConverters.pkcs8().convert(pem);
    } catch (IOException ex) {
      throw new UncheckedIOException(
          "Cannot read the JWT signing key "
              + location
              + " (set YBJG_JWT_PRIVATE_KEY to the PKCS#8 PEM file)",
          ex);
    }
  }

  // Only the private key file is configured; its public half is derived so the two can never
  // disagree.
  private static RSAPublicKey publicKeyOf(RSAPrivateKey privateKey) {
    if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalStateException(
          "The JWT signing key must be a full RSA private key (CRT form)");
    }
    try {
      BigInteger modulus = crt.getModulus();
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(modulus, crt.getPublicExponent()));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("Cannot derive the public half of the JWT signing key", ex);
    }
  }
}
