package org.ybjg.chassis.security;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.ybjg.chassis.problem.Problems;
import tools.jackson.databind.ObjectMapper;

/**
 * Every service is an OAuth2 resource server: it re-validates the token the gateway relayed.
 * Public: the service's own OpenAPI document, health and metrics, and GET under {@code
 * /api/<service>/public/**} (disclosure endpoints). Auditors may read but never write.
 */
public final class ServiceSecurity {

  public static final List<String> READ_ONLY_ROLES = List.of("AUDITOR");
  public static final List<String> WRITING_ROLES =
      List.of(
          "PROVINCE_ADMIN",
          "CITY_ADMIN",
          "COUNTY_ADMIN",
          "INSPECTOR",
          "EXPERT",
          "INSTITUTION_USER",
          "API_CLIENT");

  private ServiceSecurity() {}

  public static SecurityFilterChain build(HttpSecurity http, ObjectMapper json) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, "/api/*/openapi.yaml", "/api/*/public/**")
                    .permitAll()
                    .requestMatchers(
                        "/actuator/health/**",
                        "/actuator/health",
                        "/actuator/prometheus",
                        "/actuator/info")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .authenticated()
                    .requestMatchers("/api/**")
                    .hasAnyRole(WRITING_ROLES.toArray(String[]::new))
                    .requestMatchers("/error")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(ServiceSecurity::authenticate))
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            write(
                                response,
                                json,
                                Problems.of(
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "Unauthenticated",
                                    "A valid bearer token is required.")))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            write(
                                response,
                                json,
                                Problems.of(
                                    HttpStatus.FORBIDDEN,
                                    "forbidden",
                                    "Forbidden",
                                    "Your role does not allow this action."))))
        .exceptionHandling(Customizer.withDefaults());
    return http.build();
  }

  /** Rejects tokens without a region claim at the door, and maps {@code roles} to authorities. */
  static JwtAuthenticationToken authenticate(Jwt jwt) {
    Caller caller = CurrentCaller.fromJwt(jwt);
    Collection<GrantedAuthority> authorities =
        caller.roles().stream()
            .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
            .toList();
    return new JwtAuthenticationToken(jwt, authorities, caller.username());
  }

  private static void write(
      jakarta.servlet.http.HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
      throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
