package org.ybjg.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway is an OAuth2 resource server: every request needs a valid JWT except the few public
 * paths below. The JWT decoder comes from the profile (public key under local, OIDC issuer under
 * prod). The Authorization header is relayed downstream unchanged, and the services validate it
 * again.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  @Bean
  SecurityWebFilterChain gatewaySecurity(
      ServerHttpSecurity http,
      ProblemAuthenticationEntryPoint entryPoint,
      ProblemAccessDeniedHandler accessDenied) {
    return http
        // Bearer tokens only, no cookies or sessions: CSRF has nothing to protect and nothing is
        // stored.
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .authorizeExchange(
            exchanges ->
                exchanges
                    // Only exists under the local profile; elsewhere nothing answers and it is a
                    // 404.
                    .pathMatchers(HttpMethod.POST, "/auth/token")
                    .permitAll()
                    .pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
                    .permitAll()
                    .pathMatchers(HttpMethod.GET, "/api/*/openapi.yaml", "/api/*/public/**")
                    .permitAll()
                    // The one public write: a citizen's tip-off from the disclosure site
                    // (case-service permits it too).
                    .pathMatchers(HttpMethod.POST, "/api/cases/public/tipoffs")
                    .permitAll()
                    .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .pathMatchers("/fallback/**")
                    .permitAll()
                    .pathMatchers("/api/**", "/actuator/**")
                    .authenticated()
                    // The web app: its static files, the pages its router serves, and /ui/config.
                    // They carry
                    // no data; every datum comes through /api/** with the caller's token.
                    .pathMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .anyExchange()
                    .authenticated())
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(Customizer.withDefaults())
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(accessDenied))
        .exceptionHandling(
            handling ->
                handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
        .build();
  }
}
