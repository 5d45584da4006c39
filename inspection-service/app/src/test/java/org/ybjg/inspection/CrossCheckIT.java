package org.ybjg.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.inspection.ceremony.domain.Sha256;
import org.ybjg.inspection.crosscheck.CrossCheckPairings;
import org.ybjg.inspection.crosscheck.domain.CountyPairingVerifierRunTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * County-to-county cross-check pairings (县际交叉检查, 吕医保发〔2021〕36号 §(三)1) over HTTP: commitment first,
 * ceremony, public record without token, and the standalone verifier run on what the service
 * published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossCheckIT {

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "inspection-crosscheck-it");
  }

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired ObjectMapper json;
  @TempDir Path dir;

  private final TestTokens tokens = TestInfrastructure.get().tokens();

  @Test
  void shouldPairTheCountiesOfACityByAVerifiableLotAndPublishTheRecord() throws Exception {
    ResponseEntity<String> created =
        post(
            "/api/inspection/cross-check-pairings",
            cityAdmin(),
            "{\"cityCode\":\"990100\",\"noReciprocal\":true}");
    assertStatus(created, 201);
    JsonNode committed = read(created);
    String id = committed.path("id").asText();
    assertThat(created.getHeaders().getLocation())
        .hasToString("/api/inspection/public/cross-check-pairings/" + id);
    assertThat(committed.path("kind").asText()).isEqualTo("county-pairing");
    assertThat(committed.path("status").asText()).isEqualTo("COMMITTED");
    assertThat(committed.path("statusLabel").asText()).isEqualTo("承诺已公布");
    assertThat(committed.path("counties").toString())
        .isEqualTo("[\"990102\",\"990103\",\"990104\",\"990105\"]");
    assertThat(committed.path("commitment").asText()).matches("[0-9a-f]{64}");
    assertThat(committed.path("secret").isNull() || committed.path("secret").isMissingNode())
        .isTrue();
    assertThat(committed.path("pairs")).isEmpty();

    // the commitment is public before the ceremony; the secret is not
    ResponseEntity<String> before =
        client()
            .get()
            .uri("/api/inspection/public/cross-check-pairings/" + id)
            .retrieve()
            .toEntity(String.class);
    assertStatus(before, 200);
    assertThat(read(before).path("commitment").asText())
        .isEqualTo(committed.path("commitment").asText());
    assertThat(before.getBody()).doesNotContain("\"secret\":\"");

    ResponseEntity<String> fixed =
        post(
            "/api/inspection/cross-check-pairings/" + id + "/ceremony",
            cityAdmin(),
            "{\"officials\":[{\"name\":\"王局长\",\"digits\":\"31415\"},{\"name\":\"李科长\",\"digits\":\"27182\"}]}");
    assertStatus(fixed, 200);
    JsonNode record = read(fixed);
    String secret = record.path("secret").asText();
    assertThat(Sha256.hex(secret)).isEqualTo(committed.path("commitment").asText());
    assertThat(record.path("seed").asText()).isEqualTo("31415|27182|" + secret);
    Map<String, String> inspectorOf = new HashMap<>();
    record
        .path("pairs")
        .forEach(
            p ->
                inspectorOf.put(
                    p.path("inspectedCounty").asText(), p.path("inspectingCounty").asText()));
    assertThat(inspectorOf).containsOnlyKeys("990102", "990103", "990104", "990105");
    inspectorOf.forEach(
        (inspected, inspecting) -> {
          assertThat(inspecting).isNotEqualTo(inspected);
          assertThat(inspectorOf.get(inspecting)).isNotEqualTo(inspected);
        });
    assertThat(record.path("pairs").get(0).path("inspectedCountyName").asText()).isNotBlank();

    // anyone reads the record without a token and the standalone verifier re-computes it
    ResponseEntity<String> published =
        client()
            .get()
            .uri("/api/inspection/public/cross-check-pairings/" + id)
            .retrieve()
            .toEntity(String.class);
    assertStatus(published, 200);
    // the public record names no staff account; staff see who committed and who fixed it
    assertThat(published.getBody()).doesNotContain("city-admin").doesNotContain("createdBy\":\"");
    assertThat(fixed.getBody()).contains("city-admin");
    assertThat(CountyPairingVerifierRunTest.runVerifier(dir, published.getBody()))
        .startsWith("MATCH");
    String firstInspector = record.path("pairs").get(0).path("inspectingCounty").asText();
    String secondInspector = record.path("pairs").get(1).path("inspectingCounty").asText();
    String swapped =
        published
            .getBody()
            .replace(
                "\"inspectingCounty\":\"" + firstInspector + "\"", "\"inspectingCounty\":\"TMP\"")
            .replace(
                "\"inspectingCounty\":\"" + secondInspector + "\"",
                "\"inspectingCounty\":\"" + firstInspector + "\"")
            .replace(
                "\"inspectingCounty\":\"TMP\"", "\"inspectingCounty\":\"" + secondInspector + "\"");
    assertThat(CountyPairingVerifierRunTest.runVerifier(dir, swapped)).startsWith("DIFFERENCE");

    // fixed once; staff of a county of the city read it; a foreign city's staff does not
    ResponseEntity<String> again =
        post(
            "/api/inspection/cross-check-pairings/" + id + "/ceremony",
            cityAdmin(),
            "{\"officials\":[{\"name\":\"王局长\",\"digits\":\"1\"}]}");
    assertStatus(again, 409);
    assertThat(read(again).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/already-fixed");
    assertStatus(
        get(
            "/api/inspection/cross-check-pairings/" + id,
            tokens.bearer("county-admin", "990102", "COUNTY_ADMIN")),
        200);
    assertStatus(
        get(
            "/api/inspection/cross-check-pairings/" + id,
            tokens.bearer("city2-admin", "990200", "CITY_ADMIN")),
        404);
    assertStatus(
        post(
            "/api/inspection/cross-check-pairings/" + id + "/ceremony",
            tokens.bearer("city2-admin", "990200", "CITY_ADMIN"),
            "{\"officials\":[{\"name\":\"甲\",\"digits\":\"1\"}]}"),
        404);
  }

  @Test
  void shouldFixWithTheBureausOwnSecretOnlyWhenItMatchesTheSuppliedCommitment() throws Exception {
    String commitment = Sha256.hex("东江市医保局-2025-秘密");
    ResponseEntity<String> created =
        post(
            "/api/inspection/cross-check-pairings",
            cityAdmin(),
            "{\"cityCode\":\"990100\",\"counties\":[\"990102\",\"990103\",\"990104\"],\"commitment\":\""
                + commitment
                + "\"}");
    assertStatus(created, 201);
    String id = read(created).path("id").asText();
    assertThat(read(created).path("secretSupplied").asBoolean()).isTrue();
    assertThat(read(created).path("noReciprocal").asBoolean()).isTrue();

    ResponseEntity<String> wrong =
        post(
            "/api/inspection/cross-check-pairings/" + id + "/ceremony",
            cityAdmin(),
            "{\"officials\":[{\"name\":\"王局长\",\"digits\":\"9\"}],\"secret\":\"猜的\"}");
    assertStatus(wrong, 422);
    assertThat(read(wrong).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/secret-mismatch");
    assertThat(
            mongo
                .findById(id, org.bson.Document.class, CrossCheckPairings.COLLECTION)
                .getString("status"))
        .isEqualTo("COMMITTED");

    ResponseEntity<String> fixed =
        post(
            "/api/inspection/cross-check-pairings/" + id + "/ceremony",
            cityAdmin(),
            "{\"officials\":[{\"name\":\"王局长\",\"digits\":\"9\"}],\"secret\":\"东江市医保局-2025-秘密\"}");
    assertStatus(fixed, 200);
    assertThat(read(fixed).path("seed").asText()).isEqualTo("9|东江市医保局-2025-秘密");
    assertThat(
            CountyPairingVerifierRunTest.runVerifier(
                dir,
                client()
                    .get()
                    .uri("/api/inspection/public/cross-check-pairings/" + id)
                    .retrieve()
                    .body(String.class)))
        .startsWith("MATCH");
  }

  @Test
  void shouldRefuseImpossibleOrForeignPairingsAndWriteNothing() {
    long before = mongo.count(new Query(), CrossCheckPairings.COLLECTION);

    ResponseEntity<String> two =
        post(
            "/api/inspection/cross-check-pairings",
            cityAdmin(),
            "{\"cityCode\":\"990100\",\"counties\":[\"990102\",\"990103\"],\"noReciprocal\":true}");
    assertStatus(two, 422);
    assertThat(read(two).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/reciprocal-unavoidable");
    assertStatus(
        post(
            "/api/inspection/cross-check-pairings",
            cityAdmin(),
            "{\"cityCode\":\"990100\",\"counties\":[\"990102\",\"990202\"],\"noReciprocal\":false}"),
        422);
    assertStatus(
        post("/api/inspection/cross-check-pairings", cityAdmin(), "{\"cityCode\":\"990102\"}"),
        422);
    assertStatus(
        post("/api/inspection/cross-check-pairings", cityAdmin(), "{\"cityCode\":\"990199\"}"),
        422);
    ResponseEntity<String> foreign =
        post("/api/inspection/cross-check-pairings", cityAdmin(), "{\"cityCode\":\"990200\"}");
    assertStatus(foreign, 403);
    assertThat(read(foreign).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/outside-region");
    assertStatus(
        post(
            "/api/inspection/cross-check-pairings",
            cityAdmin(),
            "{\"cityCode\":\"990100\",\"commitment\":\"not-a-hash\"}"),
        400);
    assertStatus(
        post(
            "/api/inspection/cross-check-pairings",
            tokens.bearer("county-admin", "990102", "COUNTY_ADMIN"),
            "{\"cityCode\":\"990100\"}"),
        403);
    assertStatus(
        post(
            "/api/inspection/cross-check-pairings",
            tokens.bearer("auditor", "990000", "AUDITOR"),
            "{\"cityCode\":\"990100\"}"),
        403);
    assertStatus(
        client()
            .post()
            .uri("/api/inspection/cross-check-pairings")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"cityCode\":\"990100\"}")
            .retrieve()
            .toEntity(String.class),
        401);
    assertStatus(
        client()
            .get()
            .uri("/api/inspection/public/cross-check-pairings/no-such-pairing")
            .retrieve()
            .toEntity(String.class),
        404);
    assertStatus(
        client()
            .get()
            .uri("/api/inspection/cross-check-pairings/no-such-pairing")
            .retrieve()
            .toEntity(String.class),
        401);

    assertThat(mongo.count(new Query(), CrossCheckPairings.COLLECTION)).isEqualTo(before);
    assertThat(
            mongo.count(
                Query.query(Criteria.where("cityCode").is("990200")),
                CrossCheckPairings.COLLECTION))
        .isZero();
  }

  // ---------------------------------------------------------------- helpers

  private String cityAdmin() {
    return tokens.bearer("city-admin", "990100", "CITY_ADMIN");
  }

  private RestClient client() {
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build();
  }

  private ResponseEntity<String> get(String uri, String bearer) {
    return client()
        .get()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .retrieve()
        .toEntity(String.class);
  }

  private ResponseEntity<String> post(String uri, String bearer, String body) {
    return client()
        .post()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  private JsonNode read(ResponseEntity<String> response) {
    return json.readTree(response.getBody());
  }

  private static void assertStatus(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
  }
}
