package org.ybjg.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.ybjg.gateway.support.LocalPlatformContext;
import org.ybjg.gateway.support.TestTokens;

class RouteIsolationTest extends LocalPlatformContext {

  @Autowired private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

  private final String bearer = "Bearer " + TestTokens.valid();

  @BeforeEach
  void resetCounts() {
    INSPECTION.resetCounts();
  }

  @Test
  void shouldStillAnswerFromAServiceThatIsUpWhenAnotherServiceIsDown() {
    client
        .get()
        .uri("/api/cases/cases")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("case-service");

    client
        .get()
        .uri("/api/registry/institutions?page=0")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.stubStatus")
        .isEqualTo(200)
        // Forwarded unchanged: the service serves the full gateway path.
        .jsonPath("$.path")
        .isEqualTo("/api/registry/institutions");
  }

  @Test
  void shouldRelayTheAuthorizationHeaderUnchangedWhenRouting() {
    client
        .get()
        .uri("/api/registry/institutions")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(REGISTRY.lastHeader(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
  }

  @Test
  void shouldRetryWhenGetMeetsA503() {
    client
        .get()
        .uri("/api/inspection/directory")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isEqualTo(503);

    assertThat(INSPECTION.requests("GET")).isEqualTo(3);
  }

  @Test
  void shouldNotRetryWhenPostMeetsA503() {
    client
        .post()
        .uri("/api/inspection/findings")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"institutionId\":\"i-1\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(503);

    assertThat(INSPECTION.requests("POST")).isEqualTo(1);
  }

  @Test
  void shouldAnswer503ProblemWhenTheTimeLimiterCutsOffASlowService() {
    // The reporting stub answers only after 4 s; the route's time limiter (not the stub) must end
    // the call.
    AtomicInteger timeouts = new AtomicInteger();
    circuitBreakers
        .getCircuitBreakerRegistry()
        .circuitBreaker("reporting-service")
        .getEventPublisher()
        .onError(
            event -> {
              if (event.getThrowable() instanceof TimeoutException) {
                timeouts.incrementAndGet();
              }
            });

    client
        .get()
        .uri("/api/reports/counties")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("reporting-service");

    assertThat(timeouts).hasValue(1);
  }
}
