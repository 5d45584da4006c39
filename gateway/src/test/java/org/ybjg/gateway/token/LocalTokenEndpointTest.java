package org.ybjg.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.reactive.function.BodyInserters;
import org.ybjg.gateway.support.LocalPlatformContext;
import org.ybjg.gateway.support.TestKeys;

class LocalTokenEndpointTest extends LocalPlatformContext {

  private static final NimbusJwtDecoder TEST_KEY_DECODER =
      NimbusJwtDecoder.withPublicKey(TestKeys.trustedPublic()).build();

  // The demo users table of conventions.md.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "province-admin,     PROVINCE_ADMIN, 990000",
    "city-admin,         CITY_ADMIN,     990100",
    "county-admin,       COUNTY_ADMIN,   990102",
    "other-county-admin, COUNTY_ADMIN,   990103",
    "inspector,          INSPECTOR,      990102",
    "auditor,            AUDITOR,        990000"
  })
  void shouldIssueTokenWithTheUsersRegionAndRolesWhenPasswordIsRight(
      String username, String role, String region) {
    Map<String, Object> answer =
        postJson("{\"username\":\"" + username + "\",\"password\":\"demo\"}");

    assertThat(answer).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
    Jwt jwt = TEST_KEY_DECODER.decode((String) answer.get("access_token"));
    assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
    assertThat(jwt.getSubject()).isEqualTo(username);
    assertThat(jwt.getClaimAsString("iss")).isEqualTo("ybjg-local");
    assertThat(jwt.getClaimAsString("region")).isEqualTo(region);
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly(role);
    assertThat(jwt.getClaimAsString("name")).contains("演示");
    assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void shouldAcceptItsOwnTokenWhenRoutingARequest() {
    String token =
        (String)
            postJson("{\"username\":\"county-admin\",\"password\":\"demo\"}").get("access_token");

    client
        .get()
        .uri("/api/registry/institutions")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void shouldIssueTokenWhenCredentialsComeAsFormFields() {
    Map<String, Object> answer =
        client
            .post()
            .uri("/auth/token")
            .body(BodyInserters.fromFormData("username", "inspector").with("password", "demo"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();

    Jwt jwt = TEST_KEY_DECODER.decode((String) answer.get("access_token"));
    assertThat(jwt.getClaimAsString("region")).isEqualTo("990102");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("INSPECTOR");
  }

  @ParameterizedTest
  @CsvSource({"county-admin, wrong", "nobody, demo"})
  void shouldAnswer401ProblemWhenCredentialsAreWrong(String username, String password) {
    client
        .post()
        .uri("/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://ybjg.org/problems/invalid-credentials")
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.access_token")
        .doesNotExist();
  }

  @Test
  void shouldAnswer400ProblemWhenCredentialsAreMissing() {
    client
        .post()
        .uri("/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"username\":\"county-admin\"}")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private Map<String, Object> postJson(String body) {
    return client
        .post()
        .uri("/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }
}
