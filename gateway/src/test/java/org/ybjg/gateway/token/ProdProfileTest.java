package org.ybjg.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.ybjg.gateway.support.StubBackend;
import org.ybjg.gateway.support.TestTokens;

/**
 * Under prod the decoder trusts the OIDC issuer (unreachable here, and only looked up when a token
 * comes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProdProfileTest {

  @LocalServerPort private int port;

  @Autowired private ApplicationContext context;

  private WebTestClient client;

  @DynamicPropertySource
  static void issuer(DynamicPropertyRegistry registry) {
    registry.add("OIDC_ISSUER_URI", () -> StubBackend.closedPortUrl() + "/realms/ybjg");
  }

  @BeforeEach
  void bindClient() {
    client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
  }

  @Test
  void shouldHaveNoTokenEndpointWhenProfileIsProd() {
    assertThat(context.getBeanNamesForType(LocalTokenIssuer.class)).isEmpty();

    client
        .post()
        .uri("/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"username\":\"province-admin\",\"password\":\"demo\"}")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void shouldAnswer503ProblemWhenTheIssuerCannotBeReachedToCheckAToken() {
    client
        .get()
        .uri("/api/registry/institutions")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid())
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ybjg.org/problems/service-unavailable")
        .jsonPath("$.service")
        .isEqualTo("identity-provider");
  }

  @Test
  void shouldAnswer401ProblemWhenNoTokenUnderProd() {
    client
        .get()
        .uri("/api/registry/institutions")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
