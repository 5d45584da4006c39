package org.ybjg.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
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
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.roster.Inspectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Bulk import of the inspector roster (执法人员名录库, 吕医保发〔2021〕36号 §(四)2) over HTTP: CSV and JSON,
 * upsert by certificate number or by name and employer, the single-registration rules per row, and
 * 400/413/415.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "inspection.imports.max-bytes=20000")
class RosterImportIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "inspection-roster-import-it");
  }

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired ObjectMapper json;

  private final TestTokens tokens = TestInfrastructure.get().tokens();
  private final LocalDate today = LegalCalendar.today(java.time.Clock.systemUTC());

  @Test
  void shouldRegisterGoodRowsReportBadOnesAndUpdateByCertificateOrNameAndEmployerOnReimport()
      throws Exception {
    String officer = "C" + Ids.next();
    String expired = "X" + Ids.next();
    String expert = "王医生" + Ids.next();
    String csv =
        "name,role,certificateNumber,certificateValidUntil,homeCountyCode,employer,specialties\n"
            + "张建国,LAW_ENFORCEMENT_OFFICER,"
            + officer
            + ",2030-06-30,990102,东江市城东区医疗保障局（演示）,FINANCE\n"
            + expert
            + ",MEDICAL_EXPERT,,,990103,东江市第一人民医院（演示）,MEDICAL;DRUG\n"
            + "无证人员,LAW_ENFORCEMENT_OFFICER,,,990102,东江市城东区医疗保障局（演示）,\n"
            + "外市人员,AGENCY_AUDITOR,,,990203,南岭市医保中心（演示）,\n"
            + "张建国重复,LAW_ENFORCEMENT_OFFICER,"
            + officer
            + ",,990104,,\n"
            + "过期人员,LAW_ENFORCEMENT_OFFICER,"
            + expired
            + ","
            + today.minusDays(1)
            + ",990102,,\n"
            + "\"李, 敏\",THIRD_PARTY,,,990105,\"南岭会计师事务所（演示）\",FINANCE|INFORMATION\n";

    JsonNode first = awaitCompleted(post(cityAdmin(), csv, CSV));

    assertThat(first.path("rowsTotal").asInt()).isEqualTo(7);
    assertThat(first.path("created").asInt()).isEqualTo(3);
    assertThat(first.path("failed").asInt()).isEqualTo(4);
    assertThat(first.path("statusLabel").asText()).isEqualTo("已完成");
    assertThat(errors(first))
        .containsExactly(
            "3 certificateNumber",
            "4 homeCountyCode",
            "5 certificateNumber",
            "6 certificateValidUntil");
    assertThat(first.path("errors").get(0).path("reason").asText()).contains("行政执法人员须登记行政执法证号");
    Document stored = inspector(Criteria.where("certificateNumber").is(officer));
    assertThat(stored.getString("name")).isEqualTo("张建国");
    assertThat(stored.getString("registeredBy")).isEqualTo("city-admin");
    assertThat(stored.getList("specialties", String.class)).containsExactly("FINANCE");
    assertThat(inspector(Criteria.where("name").is("李, 敏")).getList("specialties", String.class))
        .containsExactly("FINANCE", "INFORMATION");
    assertThat(
            mongo.count(
                Query.query(Criteria.where("certificateNumber").is(expired)),
                Inspectors.COLLECTION))
        .isZero();
    // the imported officer reads like one registered by hand
    ResponseEntity<String> listed =
        get("/api/inspection/inspectors?countyCode=990102&size=200", cityAdmin());
    assertStatus(listed, 200);
    assertThat(listed.getBody()).contains(officer).contains("行政执法人员").contains("2030-06-30");

    // re-import as JSON: the officer (by certificate) moves employer, the expert (by name and
    // employer) is
    // unchanged, a new third party is registered
    String body =
        "[{\"name\":\"张建国\",\"role\":\"LAW_ENFORCEMENT_OFFICER\",\"certificateNumber\":\""
            + officer
            + "\",\"certificateValidUntil\":\"2031-12-31\",\"homeCountyCode\":\"990103\",\"employer\":\"东江市医疗保障局（演示）\","
            + "\"specialties\":[\"FINANCE\",\"INFORMATION\"]},"
            + "{\"name\":\""
            + expert
            + "\",\"role\":\"MEDICAL_EXPERT\",\"homeCountyCode\":\"990103\","
            + "\"employer\":\"东江市第一人民医院（演示）\",\"specialties\":\"DRUG;MEDICAL\"},"
            + "{\"name\":\"赵会计"
            + Ids.next()
            + "\",\"role\":\"THIRD_PARTY\",\"homeCountyCode\":\"990102\"}]";
    JsonNode second = awaitCompleted(post(provinceAdmin(), body, MediaType.APPLICATION_JSON));

    assertThat(second.path("created").asInt()).isEqualTo(1);
    assertThat(second.path("updated").asInt()).isEqualTo(1);
    assertThat(second.path("unchanged").asInt()).isEqualTo(1);
    assertThat(second.path("failed").asInt()).isZero();
    Document moved = inspector(Criteria.where("certificateNumber").is(officer));
    assertThat(moved.getString("_id")).isEqualTo(stored.getString("_id"));
    assertThat(moved.getString("employer")).isEqualTo("东江市医疗保障局（演示）");
    assertThat(moved.getString("homeCountyCode")).isEqualTo("990103");
    assertThat(moved.getList("regionPath", String.class))
        .containsExactly("990103", "990100", "990000");
    assertThat(moved.getString("registeredBy")).isEqualTo("city-admin");
    assertThat(((Number) moved.get("version")).longValue())
        .isEqualTo(((Number) stored.get("version")).longValue() + 1);
    assertThat(get("/api/inspection/inspectors?countyCode=990103&size=200", cityAdmin()).getBody())
        .contains(officer)
        .contains("2031-12-31");

    // a sheet without the validity and specialty columns, and an empty specialties cell, leaves
    // them as they are; "-" clears the employer
    JsonNode partial =
        awaitCompleted(
            post(
                provinceAdmin(),
                "name,role,certificateNumber,homeCountyCode,employer,specialties\n"
                    + "张建国,LAW_ENFORCEMENT_OFFICER,"
                    + officer
                    + ",990103,-,\n",
                CSV));
    assertThat(partial.path("updated").asInt()).isEqualTo(1);
    Document kept = inspector(Criteria.where("certificateNumber").is(officer));
    assertThat(kept.get("certificateValidUntil")).isNotNull();
    assertThat(get("/api/inspection/inspectors?countyCode=990103&size=200", cityAdmin()).getBody())
        .contains("2031-12-31");
    assertThat(kept.getList("specialties", String.class)).containsExactly("FINANCE", "INFORMATION");
    assertThat(kept.containsKey("employer")).isFalse();
    JsonNode again =
        awaitCompleted(
            post(
                provinceAdmin(),
                "name,role,certificateNumber,homeCountyCode\n张建国,LAW_ENFORCEMENT_OFFICER,"
                    + officer
                    + ",990103\n",
                CSV));
    assertThat(again.path("unchanged").asInt()).isEqualTo(1);

    // a county administrator may not change an entry outside their county
    JsonNode refused =
        awaitCompleted(
            post(
                tokens.bearer("county-admin", "990102", "COUNTY_ADMIN"),
                "name,role,certificateNumber,homeCountyCode\n张建国,LAW_ENFORCEMENT_OFFICER,"
                    + officer
                    + ",990102\n",
                CSV));
    assertThat(errors(refused)).containsExactly("1 certificateNumber");
    assertThat(
            inspector(Criteria.where("certificateNumber").is(officer)).getString("homeCountyCode"))
        .isEqualTo("990103");
  }

  @Test
  void shouldRefuseUnreadableTooLargeOrForeignImportsAndWriteNothing() {
    long before = mongo.count(new Query(), Inspectors.COLLECTION);

    ResponseEntity<String> empty = post(cityAdmin(), " ", CSV);
    assertStatus(empty, 400);
    assertThat(read(empty).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/unreadable-import");
    assertStatus(post(cityAdmin(), "name,homeCountyCode\n张三,990102\n", CSV), 400);
    assertStatus(post(cityAdmin(), "{\"name\":\"张三\"}", MediaType.APPLICATION_JSON), 400);
    assertStatus(post(cityAdmin(), "[1,2]", MediaType.APPLICATION_JSON), 400);
    assertStatus(
        post(
            cityAdmin(), "name,role,homeCountyCode\n张三,THIRD_PARTY,990102\n", MediaType.TEXT_PLAIN),
        415);
    ResponseEntity<String> large =
        post(
            cityAdmin(),
            "name,role,homeCountyCode\n" + "张三,THIRD_PARTY,990102\n".repeat(1000),
            CSV);
    assertStatus(large, 413);
    assertThat(read(large).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/payload-too-large");
    assertStatus(
        post(
            tokens.bearer("auditor", "990000", "AUDITOR"),
            "name,role,homeCountyCode\n张三,THIRD_PARTY,990102\n",
            CSV),
        403);
    assertStatus(
        post(
            tokens.bearer("inspector", "990102", "INSPECTOR"),
            "name,role,homeCountyCode\n张三,THIRD_PARTY,990102\n",
            CSV),
        403);
    assertStatus(
        client()
            .post()
            .uri("/api/inspection/imports/inspectors")
            .contentType(CSV)
            .body("name,role,homeCountyCode\n张三,THIRD_PARTY,990102\n")
            .retrieve()
            .toEntity(String.class),
        401);
    assertThat(mongo.count(new Query(), Inspectors.COLLECTION)).isEqualTo(before);

    // the job is visible inside the importing caller's region only
    ResponseEntity<String> accepted =
        post(
            cityAdmin(),
            "name,role,homeCountyCode\n访客" + Ids.next() + ",THIRD_PARTY,990102\n",
            CSV);
    assertStatus(accepted, 202);
    String location = accepted.getHeaders().getLocation().toString();
    assertThat(location).startsWith("/api/inspection/imports/");
    assertStatus(get(location, tokens.bearer("city2-admin", "990200", "CITY_ADMIN")), 404);
    assertStatus(get(location, tokens.bearer("county-admin", "990102", "COUNTY_ADMIN")), 404);
    assertStatus(get(location, provinceAdmin()), 200);
    assertStatus(get("/api/inspection/imports/no-such-job", cityAdmin()), 404);
  }

  // ---------------------------------------------------------------- helpers

  private JsonNode awaitCompleted(ResponseEntity<String> accepted) {
    assertStatus(accepted, 202);
    assertThat(read(accepted).path("status").asText()).isIn("QUEUED", "RUNNING", "COMPLETED");
    String location = accepted.getHeaders().getLocation().toString();
    JsonNode[] job = new JsonNode[1];
    await()
        .atMost(WAIT)
        .until(
            () -> {
              job[0] = read(get(location, provinceAdmin()));
              return "COMPLETED".equals(job[0].path("status").asText())
                  || "FAILED".equals(job[0].path("status").asText());
            });
    assertThat(job[0].path("status").asText()).as(job[0].toString()).isEqualTo("COMPLETED");
    return job[0];
  }

  private static List<String> errors(JsonNode job) {
    List<String> errors = new java.util.ArrayList<>();
    job.path("errors")
        .forEach(e -> errors.add(e.path("row").asInt() + " " + e.path("field").asText()));
    return errors;
  }

  private Document inspector(Criteria criteria) {
    List<Document> found = mongo.find(Query.query(criteria), Document.class, Inspectors.COLLECTION);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private String cityAdmin() {
    return tokens.bearer("city-admin", "990100", "CITY_ADMIN");
  }

  private String provinceAdmin() {
    return tokens.bearer("province-admin", "990000", "PROVINCE_ADMIN");
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

  private ResponseEntity<String> post(String bearer, String body, MediaType type) {
    return client()
        .post()
        .uri("/api/inspection/imports/inspectors")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(type)
        .body(
            body.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)) // raw UTF-8, as curl sends a file
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
