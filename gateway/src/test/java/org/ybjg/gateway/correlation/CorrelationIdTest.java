package org.ybjg.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.ybjg.gateway.support.LocalPlatformContext;
import org.ybjg.gateway.support.TestTokens;

class CorrelationIdTest extends LocalPlatformContext {

  private static final String HEADER = "X-Correlation-Id";

  @Test
  void shouldPassTheCallersIdDownstreamAndBackWhenOneIsSent() {
    client
        .get()
        .uri("/api/registry/institutions")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid())
        .header(HEADER, "req-2024-0001")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HEADER, "req-2024-0001");

    assertThat(REGISTRY.lastHeader(HEADER)).isEqualTo("req-2024-0001");
  }

  @Test
  void shouldGenerateAnIdWhenNoneIsSent() {
    String returned =
        client
            .get()
            .uri("/api/registry/institutions")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid())
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseHeaders()
            .getFirst(HEADER);

    assertThat(UUID.fromString(returned)).isNotNull();
    assertThat(REGISTRY.lastHeader(HEADER)).isEqualTo(returned);
  }

  @Test
  void shouldReplaceAnIdWhenItCouldForgeLogLines() {
    String returned =
        client
            .get()
            .uri("/actuator/health")
            .header(HEADER, "x\" injected=\"true")
            .exchange()
            .returnResult(String.class)
            .getResponseHeaders()
            .getFirst(HEADER);

    assertThat(UUID.fromString(returned)).isNotNull();
  }

  @Test
  void shouldReturnTheIdWhenTheGatewayAnswersItself() {
    client
        .get()
        .uri("/api/cases/cases")
        .header(HEADER, "req-unauthenticated")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals(HEADER, "req-unauthenticated");
  }
}
