package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;

/**
 * The Spring context shared by AgencyMeasuresIT and EntryReviewIT (one application start for both),
 * with HTTP helpers. Its own consumer group (application name), so it never takes case events meant
 * for RegistryIT's context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.application.name=institution-registry-agency-it")
abstract class AgencyContextIT {

  static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  static final String COUNTY_ADMIN = TOKENS.bearer("county-admin", "990102", "COUNTY_ADMIN");
  static final String OTHER_COUNTY_ADMIN =
      TOKENS.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  static final String CITY2_ADMIN = TOKENS.bearer("city2-admin", "990200", "CITY_ADMIN");
  static final String PROVINCE_ADMIN = TOKENS.bearer("province-admin", "990000", "PROVINCE_ADMIN");
  static final String INSPECTOR = TOKENS.bearer("inspector", "990102", "INSPECTOR");
  static final String AUDITOR = TOKENS.bearer("auditor", "990000", "AUDITOR");
  static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-agency-it");
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  static String unique() {
    return UUID.randomUUID().toString().replace("-", "").toUpperCase().substring(0, 16);
  }

  static JsonNode assertProblem(HttpResponse<String> response, int status, String type)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("type").asText())
        .as(response.body())
        .isEqualTo("https://ybjg.org/problems/" + type);
    return problem;
  }

  HttpResponse<String> post(String path, String json, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode getJson(String path, String bearer) throws Exception {
    HttpResponse<String> response = get(path, bearer);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
