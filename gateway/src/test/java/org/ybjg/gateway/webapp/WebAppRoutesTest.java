package org.ybjg.gateway.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.ybjg.gateway.support.LocalPlatformContext;

/**
 * The web app's history-mode fallback and sign-in configuration, with the API and docs paths left
 * alone.
 */
class WebAppRoutesTest extends LocalPlatformContext {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/cases/cases/01a2068",
        "/registry/institutions",
        "/public/draws/01a2/",
        "/login"
      })
  void shouldServeTheAppShellWhenABrowserOpensAnAppPageDirectly(String path) {
    String body =
        client
            .get()
            .uri(path)
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(body).contains("web-app-shell");
  }

  @Test
  void shouldLeaveApiPathsToTheirRoutesWhenABrowserAsksForHtml() {
    client
        .get()
        .uri("/api/registry/institutions")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void shouldNotServeTheShellForAMissingFile() {
    client
        .get()
        .uri("/assets/missing-1234.js")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void shouldNotServeTheShellToAClientThatDoesNotAskForHtml() {
    client
        .get()
        .uri("/cases/cases/01a2068")
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void shouldListTheDemoUsersWithoutPasswordsWhenTheLocalProfileSignsIn() {
    Map<String, Object> config =
        client
            .get()
            .uri("/ui/config")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();

    assertThat(config).containsEntry("signIn", "local");
    assertThat(config.get("demoUsers").toString())
        .contains("county-admin", "COUNTY_ADMIN", "990102")
        .doesNotContain("demo}", "password");
  }
}
