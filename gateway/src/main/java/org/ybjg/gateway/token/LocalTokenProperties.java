package org.ybjg.gateway.token;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The local profile's token issuer: who signs, for how long, and the demo users (from
 * application-local.yml, so the set of demo accounts is configuration, not code).
 *
 * @param issuer the {@code iss} claim
 * @param timeToLive lifetime of an issued token, also answered as {@code expires_in}
 * @param privateKeyLocation PKCS#8 PEM RSA private key (the local platform's {@code
 *     var/keys/jwt-private.pem})
 * @param users demo users
 */
@ConfigurationProperties("ybjg.gateway.local-token")
public record LocalTokenProperties(
    String issuer, Duration timeToLive, Resource privateKeyLocation, List<DemoUser> users) {

  /**
   * @param password with a Spring Security encoding prefix, e.g. {@code {noop}demo}
   * @param region GB/T 2260 code of the user's reach
   */
  public record DemoUser(
      String username, String password, String name, String region, List<String> roles) {}
}
