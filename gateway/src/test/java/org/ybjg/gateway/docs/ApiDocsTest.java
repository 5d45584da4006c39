package org.ybjg.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.ybjg.gateway.support.AllBackendsDownContext;

class ApiDocsTest extends AllBackendsDownContext {

  @Test
  void shouldServeSwaggerPageWithoutToken() {
    String page =
        client
            .get()
            .uri("/swagger-ui.html")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(page)
        .contains("/webjars/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/initializer.js");
  }

  @Test
  void shouldListEveryServiceSpecThroughTheGatewayWhenSwaggerStarts() {
    String initializer =
        client
            .get()
            .uri("/swagger-ui/initializer.js")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(initializer)
        .contains(
            "/api/registry/openapi.yaml",
            "/api/inspection/openapi.yaml",
            "/api/cases/openapi.yaml",
            "/api/reports/openapi.yaml");
  }

  @Test
  void shouldServeVersionlessWebjarResourcesWithoutToken() {
    client
        .get()
        .uri("/webjars/swagger-ui/swagger-ui-bundle.js")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .consumeWith(body -> assertThat(body.getResponseBody()).hasSizeGreaterThan(100_000));
    client
        .get()
        .uri("/webjars/swagger-ui/swagger-ui-standalone-preset.js")
        .exchange()
        .expectStatus()
        .isOk();
    client.get().uri("/webjars/swagger-ui/swagger-ui.css").exchange().expectStatus().isOk();
  }
}
