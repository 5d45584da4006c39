package org.ybjg.chassis.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Mints tokens the way the local token endpoint does, with a throwaway key pair. */
public final class TestTokens {

  private final KeyPair keys;
  private final Path publicKeyFile;

  public TestTokens() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
      publicKeyFile = Files.createTempFile("jwt-public", ".pem");
      publicKeyFile.toFile().deleteOnExit();
      Files.writeString(
          publicKeyFile,
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes())
                  .encodeToString(keys.getPublic().getEncoded())
              + "\n-----END PUBLIC KEY-----\n");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path publicKeyFile() {
    return publicKeyFile;
  }

  /** A signed token for a user with a region reach and roles, valid for an hour. */
  public String token(String username, String region, String... roles) {
    return sign("ybjg-local", username, region, roles);
  }

  /** The value of an Authorization header. */
  public String bearer(String username, String region, String... roles) {
    return "Bearer " + token(username, region, roles);
  }

  public String tokenFromIssuer(String issuer, String username, String region, String... roles) {
    return sign(issuer, username, region, roles);
  }

  /**
   * The Authorization header of an institution's own user, bound by the {@code institution} claim
   * to {@code institutionId}.
   */
  public String institutionUserBearer(String username, String region, String institutionId) {
    return "Bearer "
        + sign(
            "ybjg-local",
            username,
            region,
            java.util.Map.of("institution", institutionId),
            "INSTITUTION_USER");
  }

  private String sign(String issuer, String username, String region, String... roles) {
    return sign(issuer, username, region, java.util.Map.of(), roles);
  }

  private String sign(
      String issuer,
      String username,
      String region,
      java.util.Map<String, String> extra,
      String... roles) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(username)
            .claim("name", username)
            .claim("roles", List.of(roles))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(3600)));
    if (region != null) {
      claims.claim("region", region);
    }
    extra.forEach(claims::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
    try {
      jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
