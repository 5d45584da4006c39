package org.ybjg.gateway.webapp;

import java.util.List;
import java.util.Optional;
import org.ybjg.gateway.token.LocalTokenProperties;

/**
 * The answer of {@code GET /ui/config}. Under the local profile the demo users are listed as a hint
 * on the login page (never their passwords); elsewhere there are none and the app signs in with
 * OIDC.
 */
record UiConfig(String signIn, List<DemoUser> demoUsers, Oidc oidc) {

  record DemoUser(String username, String name, String region, List<String> roles) {}

  record Oidc(String issuer, String clientId, String scope) {}

  static UiConfig of(WebAppProperties properties, Optional<LocalTokenProperties> localTokens) {
    return localTokens
        .map(
            local ->
                new UiConfig(
                    "local",
                    local.users().stream()
                        .map(
                            user ->
                                new DemoUser(
                                    user.username(), user.name(), user.region(), user.roles()))
                        .toList(),
                    null))
        .orElseGet(
            () ->
                new UiConfig(
                    "oidc",
                    List.of(),
                    new Oidc(
                        properties.oidcIssuer(),
                        properties.oidcClientId(),
                        properties.oidcScope() == null
                            ? "openid profile"
                            : properties.oidcScope())));
  }
}
