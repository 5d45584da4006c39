package org.ybjg.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.ybjg.gateway.support.AllBackendsDownContext;
import org.ybjg.gateway.support.TestTokens;

class ServiceUnavailableTest extends AllBackendsDownContext {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET,  /api/registry/institutions,                institution-registry",
    "POST, /api/registry/institutions,                institution-registry",
    "GET,  /api/inspection/directory,                 inspection-service",
    "POST, /api/inspection/findings,                  inspection-service",
    "GET,  /api/cases/cases,                          case-service",
    "POST, /api/cases/cases/c-1/decision,             case-service",
    "GET,  /api/reports/counties,                     reporting-service",
    "POST, /api/reports/counties,                     reporting-service"
  })
  void shouldAnswer503ProblemNamingTheServiceWhenItsBackendRefusesConnections(
      String method, String path, String service) {
    long started = System.nanoTime();

    client
        .method(HttpMethod.valueOf(method))
        .uri(path)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"any\":\"body\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ybjg.org/problems/service-unavailable")
        .jsonPath("$.title")
        .isEqualTo("Service unavailable")
        .jsonPath("$.status")
        .isEqualTo(503)
        .jsonPath("$.detail")
        .isEqualTo(service + " is not answering; other services are unaffected")
        .jsonPath("$.service")
        .isEqualTo(service);

    // Refused connections fail fast: no waiting for the time limiter.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @CsvSource({"/fallback/no-such-service", "/fallback/<script>"})
  void shouldAnswer404ProblemWhenFallbackIsCalledForAnUnknownRoute(String path) {
    client
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
