package org.ybjg.gateway.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the web app signs users in under the {@code prod} profile: OpenID Connect authorization code
 * with PKCE against the bureau's identity provider. The app is a public client, so there is no
 * secret here.
 *
 * @param oidcIssuer the identity provider's issuer URL (the same one the gateway validates tokens
 *     against)
 * @param oidcClientId the client id registered for the web app, with redirect URI {@code
 *     <origin>/auth/callback}
 * @param oidcScope the scopes asked for
 */
@ConfigurationProperties("ybjg.gateway.web-app")
record WebAppProperties(String oidcIssuer, String oidcClientId, String oidcScope) {}
