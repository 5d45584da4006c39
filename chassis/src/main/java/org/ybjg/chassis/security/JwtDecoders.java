package org.ybjg.chassis.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Where a service learns to trust tokens: an OIDC issuer in production (discovered lazily, so a
 * service starts even while the issuer is briefly away) or, on the local platform and in tests, the
 * public key of the local token endpoint.
 */
public final class JwtDecoders {

  private JwtDecoders() {}

  public static JwtDecoder fromIssuer(String issuerUri) {
    return new SupplierJwtDecoder(
        () -> org.springframework.security.oauth2.jwt.JwtDecoders.fromIssuerLocation(issuerUri));
  }

  public static JwtDecoder fromPublicKeyFile(Path pem, String expectedIssuer) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(pem)).build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(expectedIssuer)));
    return decoder;
  }

  public static RSAPublicKey readPublicKey(Path pem) {
    try {
      String base64 =
          Files.readString(pem)
              .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
              .replaceAll("\\s", "");
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JWT public key " + pem, e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("not an RSA public key in PEM form: " + pem, e);
    }
  }
}
