package org.ybjg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.ybjg.gateway.support.AllBackendsDownContext;
import org.ybjg.gateway.support.TestTokens;

class TokenValidationTest extends AllBackendsDownContext {

  @Test
  void shouldAnswer401ProblemWhenNoToken() {
    client
        .get()
        .uri("/api/registry/institutions")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ybjg.org/problems/unauthorized")
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.title")
        .isEqualTo("Unauthorized");
  }

  @Test
  void shouldAnswer401ProblemWhenTokenIsSignedWithAnotherKey() {
    client
        .get()
        .uri("/api/registry/institutions")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.signedWithForeignKey())
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ybjg.org/problems/unauthorized");
  }

  @Test
  void shouldAnswer401ProblemWhenTokenHasExpired() {
    client
        .get()
        .uri("/api/cases/cases")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.expired())
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void shouldAnswer401ProblemWhenTokenIsNotAJwt() {
    client
        .get()
        .uri("/api/cases/cases")
        .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void shouldRequireTokenWhenWritingToAPublicPath() {
    client.post().uri("/api/registry/public/anything").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void shouldRouteACitizensTipOffWithoutTokenButNoOtherPublicWrite() {
    // Routed (the services are down: the fallback's 503), not refused at the door.
    client
        .post()
        .uri("/api/cases/public/tipoffs")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isEqualTo(503);
    client
        .post()
        .uri("/api/cases/public/tipoffs/ABCDEFGHJKLM")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
    client
        .put()
        .uri("/api/cases/public/tipoffs")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void shouldRouteWithoutTokenWhenReadingAPublicPathOrSpec() {
    // The services are down, so a routed request ends in the fallback's 503, not in a 401.
    client.get().uri("/api/registry/public/disclosures").exchange().expectStatus().isEqualTo(503);
    client.get().uri("/api/reports/openapi.yaml").exchange().expectStatus().isEqualTo(503);
  }

  @Test
  void shouldAnswer404ProblemWhenTokenEndpointIsCalledOutsideTheLocalProfile() {
    client
        .post()
        .uri("/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"username\":\"province-admin\",\"password\":\"demo\"}")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void shouldAnswer404ProblemWhenAuthenticatedPathMatchesNothing() {
    client
        .get()
        .uri("/no/such/thing")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid())
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(404);
  }

  @Test
  void shouldServeHealthWithoutTokenButPrometheusOnlyWithOne() {
    client
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();

    String metrics =
        client
            .get()
            .uri("/actuator/prometheus")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(metrics).contains("jvm_memory_used_bytes");
  }
}
