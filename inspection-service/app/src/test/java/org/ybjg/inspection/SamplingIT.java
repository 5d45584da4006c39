package org.ybjg.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.JsonSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.directory.DirectoryEntries;
import org.ybjg.inspection.events.DrawPublished;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.inspection.events.TaskAssigned;
import org.ybjg.inspection.sampling.SamplingPlans;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The verifiable draw end to end over HTTP and Kafka: a city admin creates a re-check plan,
 * publishes it, fixes the seed in a ceremony and draws; the public record passes Verifier.java;
 * teams respect cross-check and declared affiliations; a recusal is replaced; tasks are concluded
 * by a finding and by a written result. Uses its own database and the regions 北原市 (990300) and
 * 西川市东关区 (990402, from the test-only region table {@code regions-it.csv}), which no other IT uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SamplingIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final EventType INSTITUTION_CHANGED =
      new EventType(InstitutionChanged.TYPE, RegistryTopics.INSTITUTIONS);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "sampling-it");
    // a consumer group of its own, so the other IT's context never takes this context's messages
    registry.add("spring.application.name", () -> "inspection-service-sampling-it");
  }

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired MongoTemplate mongo;
  @Autowired ObjectMapper json;
  @TempDir Path dir;

  private final TestTokens tokens = TestInfrastructure.get().tokens();
  private final KafkaProbe kafka = TestInfrastructure.get().kafka();

  @Test
  void shouldDrawVerifiablyFromPlanToPublicRecordTasksAndResults() throws Exception {
    LocalDate today = LegalCalendar.today(java.time.Clock.systemUTC());
    // the directory: 北原市 河北区 990302 and 河南区 990303
    List<String> tertiary = institutions(3, "TERTIARY", "990302", "ACTIVE");
    tertiary.addAll(institutions(1, "TERTIARY", "990303", "ACTIVE"));
    List<String> secondary = institutions(3, "SECONDARY", "990302", "ACTIVE");
    secondary.addAll(institutions(3, "SECONDARY", "990303", "SUSPENDED"));
    List<String> primary = institutions(10, "PRIMARY", "990303", "ACTIVE");
    List<String> terminated = institutions(1, "TERTIARY", "990302", "TERMINATED");
    awaitDirectory(21);
    JsonNode withPayment = read(get("/api/inspection/directory/" + tertiary.get(1), cityAdmin()));
    assertThat(withPayment.path("fundPayment").path("amount").asText()).isEqualTo("1000001.00");
    assertThat(withPayment.path("fundPayment").path("countyRank").asInt()).isEqualTo(2);

    // the roster: officers in three counties; one declared a tie to the first tertiary hospital;
    // one is away
    List<String> officers = new ArrayList<>();
    for (String county : List.of("990302", "990303", "990304")) {
      for (int i = 0; i < 4; i++) {
        officers.add(
            registerOfficer(
                county,
                i == 0 && county.equals("990303") ? tertiary.get(0) : null,
                i == 1 && county.equals("990304") ? today : null));
      }
    }

    // a city admin writes a re-check plan without strata: 吕医保发〔2021〕36号 defaults (50 % / 30 % / 10
    // %)
    String planBody = planJson("2026年下半年抽查复查", "990300", today, today.plusDays(30), "");
    ResponseEntity<String> created = post("/api/inspection/plans", cityAdmin(), planBody);
    assertStatus(created, 201);
    JsonNode plan = read(created);
    String planId = plan.path("id").asText();
    assertThat(plan.path("status").asText()).isEqualTo("DRAFT");
    assertThat(plan.path("statusLabel").asText()).isEqualTo("草稿");
    assertThat(plan.path("strata")).hasSize(4);
    assertThat(plan.path("strata").get(3).path("code").asText())
        .isEqualTo("AGENCIES"); // 经办机构 100 %
    assertThat(plan.path("strata").get(3).path("percent").asInt()).isEqualTo(100);
    assertThat(plan.path("strata").get(0).path("percent").asInt()).isEqualTo(50);
    assertStatus(
        get("/api/inspection/plans/" + planId, tokens.bearer("c", "990302", "COUNTY_ADMIN")), 404);
    assertStatus(
        put("/api/inspection/plans/" + planId, cityAdmin(), planBody.replace("2026年下半年", "2026年度")),
        200);
    ResponseEntity<String> patched =
        patch("/api/inspection/plans/" + planId, cityAdmin(), "{\"focus\":\"住院病历\"}");
    assertStatus(patched, 200);
    assertThat(read(patched).path("focus").asText()).isEqualTo("住院病历");
    assertThat(read(patched).path("name").asText()).isEqualTo("2026年度抽查复查");
    assertThat(read(patched).path("teamRule").path("crossCheck").asBoolean()).isTrue();

    // publication freezes the population (terminated left out, suspended kept) and commits to a
    // secret
    ResponseEntity<String> publishedResponse =
        post("/api/inspection/plans/" + planId + "/publication", cityAdmin(), "{}");
    assertStatus(publishedResponse, 200);
    JsonNode published = read(publishedResponse).path("publication");
    // 20 institutions and the handling agencies of 北原市 and its four districts and counties
    assertThat(published.path("populationSize").asInt()).isEqualTo(25);
    assertThat(published.path("commitment").asText()).matches("[0-9a-f]{64}");
    assertThat(published.path("strata").get(1).path("quota").asInt())
        .isEqualTo(2); // ceil(6 × 30 %)
    assertStatus(put("/api/inspection/plans/" + planId, cityAdmin(), planBody), 409);
    assertStatus(patch("/api/inspection/plans/" + planId, cityAdmin(), "{\"name\":\"改名\"}"), 409);
    assertStatus(post("/api/inspection/plans/" + planId + "/publication", cityAdmin(), "{}"), 409);
    assertStatus(post("/api/inspection/plans/" + planId + "/draw", cityAdmin(), ""), 409);
    String csv =
        client()
            .get()
            .uri("/api/inspection/public/plans/" + planId + "/population")
            .retrieve()
            .body(String.class);
    assertThat(csv)
        .startsWith("stratum,institutionId")
        .contains(primary.get(0))
        .doesNotContain(terminated.get(0));

    // the ceremony: named officials enter digits in order; the secret is revealed with the seed
    ResponseEntity<String> seeded =
        post(
            "/api/inspection/plans/" + planId + "/ceremony",
            cityAdmin(),
            "{\"officials\":[{\"name\":\"赵局长\",\"role\":\"市医保局副局长\",\"digits\":\"314159\"},"
                + "{\"name\":\"钱监察\",\"role\":\"纪检监察员\",\"digits\":\"271828\"}]}");
    assertStatus(seeded, 200);
    JsonNode ceremony = read(seeded).path("ceremony");
    String secret = ceremony.path("revealedSecret").asText();
    assertThat(ceremony.path("seed").asText()).isEqualTo("314159|271828|" + secret);
    assertThat(org.ybjg.inspection.ceremony.domain.Sha256.hex(secret))
        .isEqualTo(published.path("commitment").asText());

    // the draw runs once
    ResponseEntity<String> drawnResponse =
        post("/api/inspection/plans/" + planId + "/draw", cityAdmin(), "");
    assertStatus(drawnResponse, 200);
    assertThat(read(drawnResponse).path("status").asText()).isEqualTo("DRAWN");
    assertStatus(post("/api/inspection/plans/" + planId + "/draw", cityAdmin(), ""), 409);

    // the public record (no token): teams respect cross-check and affiliations
    JsonNode record = json.readTree(publicRecord(planId));
    Map<String, String> homeCounty = new HashMap<>();
    record
        .path("roster")
        .forEach(m -> homeCounty.put(m.path("id").asText(), m.path("homeCountyCode").asText()));
    assertThat(record.path("roster").toString()).doesNotContain("certificateNumber");
    List<String> targets = new ArrayList<>();
    for (JsonNode team : record.path("teams")) {
      String target = team.path("targetId").asText();
      targets.add(target);
      assertThat(team.path("members")).hasSize(2);
      for (JsonNode m : team.path("members")) {
        assertThat(homeCounty.get(m.path("inspectorId").asText()))
            .as("cross-check: no inspector from the target's county")
            .isNotEqualTo(record.path("targetCounties").path(target).asText());
        if (target.equals(tertiary.get(0))) {
          assertThat(m.path("inspectorId").asText())
              .isNotEqualTo(officers.get(4)); // declared affiliation
        }
        assertThat(m.path("inspectorId").asText())
            .isNotEqualTo(officers.get(9)); // unavailable today
      }
    }
    assertThat(targets)
        .hasSize(2 + 2 + 1 + 5)
        .doesNotContain(terminated.get(0))
        .contains(
            "AGENCY-990300", "AGENCY-990302", "AGENCY-990303", "AGENCY-990304", "AGENCY-990305");

    // a recusal after the draw: replaced deterministically, and still verifiable
    String target = targets.get(0);
    String out = record.path("teams").get(0).path("members").get(0).path("inspectorId").asText();
    ResponseEntity<String> recused =
        post(
            "/api/inspection/draws/" + planId + "/recusals",
            cityAdmin(),
            "{\"targetId\":\""
                + target
                + "\",\"inspectorId\":\""
                + out
                + "\",\"reason\":\"近亲属在该机构任职\"}");
    assertStatus(recused, 201);
    String replacement = read(recused).path("replacementId").asText();
    assertThat(replacement).isNotEqualTo(out).isIn(officers);
    // the verifier re-derives targets, initial teams and the replacement from the public record
    // alone
    assertThat(verify(publicRecord(planId))).startsWith("MATCH");
    JsonSchemaAssert.assertConforms(publicRecord(planId), "records/draw-record.schema.json");
    assertThat(
            verify(
                publicRecord(planId)
                    .replace(
                        "\"replacementId\":\"" + replacement + "\"",
                        "\"replacementId\":\"" + out + "\"")))
        .startsWith("DIFFERENCE");

    // events: the draw (key = plan id) and one task per target (key = institution id), each as its
    // schema says
    List<ConsumerRecord<String, String>> drawEvents =
        kafka.readContaining(InspectionTopics.EVENTS, DrawPublished.TYPE + "\"", 1, WAIT).stream()
            .filter(r -> planId.equals(r.key()))
            .toList();
    assertThat(drawEvents).hasSize(1);
    EventSchemaAssert.assertConforms(drawEvents.get(0).value(), DrawPublished.TYPE);
    assertThat(drawEvents.get(0).value()).contains(record.path("seed").asText());
    List<ConsumerRecord<String, String>> taskEvents =
        kafka.readContaining(InspectionTopics.EVENTS, planId, 12, WAIT).stream()
            .filter(r -> r.value().contains(TaskAssigned.TYPE))
            .toList();
    assertThat(taskEvents).hasSize(11); // ten tasks, one announced again after the recusal
    taskEvents.forEach(r -> EventSchemaAssert.assertConforms(r.value(), TaskAssigned.TYPE));
    assertThat(taskEvents).extracting(ConsumerRecord::key).containsAll(targets);

    // tasks: scoped; one concluded in writing, one by a finding within the period
    JsonNode tasks = read(get("/api/inspection/tasks?planId=" + planId + "&size=50", cityAdmin()));
    assertThat(tasks.path("total").asInt()).isEqualTo(10);
    List<String> taskInstitutions = new ArrayList<>();
    List<String> taskNames = new ArrayList<>();
    tasks
        .path("items")
        .forEach(
            t -> {
              taskInstitutions.add(t.path("institutionId").asText());
              taskNames.add(t.path("institutionName").asText());
            });
    assertThat(taskNames).contains("北原市河北区（演示）医疗保障经办机构");
    String taskId = tasks.path("items").get(0).path("id").asText();
    assertStatus(
        get("/api/inspection/tasks/" + taskId, tokens.bearer("o", "990104", "COUNTY_ADMIN")), 404);
    ResponseEntity<String> concluded =
        post(
            "/api/inspection/tasks/" + taskId + "/conclusion",
            cityAdmin(),
            "{\"summary\":\"未发现违规问题\"}");
    assertStatus(concluded, 200);
    assertThat(read(concluded).path("status").asText()).isEqualTo("CONCLUDED");
    assertStatus(
        post(
            "/api/inspection/tasks/" + taskId + "/conclusion", cityAdmin(), "{\"summary\":\"再次\"}"),
        409);

    String findingTarget =
        taskInstitutions.stream()
            .filter(i -> !i.startsWith("AGENCY-") && !i.equals(taskInstitutions.get(0)))
            .findFirst()
            .orElseThrow();
    assertStatus(
        post(
            "/api/inspection/findings",
            cityAdmin(),
            "{\"institutionId\":\""
                + findingTarget
                + "\",\"category\":\"GENERAL_VIOLATION\",\"description\":\"重复收费\",\"improperAmount\":\"1200.00\",\"foundOn\":\""
                + today
                + "\"}"),
        201);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        read(get(
                                "/api/inspection/tasks?institutionId="
                                    + findingTarget
                                    + "&status=CONCLUDED",
                                cityAdmin()))
                            .path("total")
                            .asInt())
                    .isEqualTo(1));

    // one public: results of concluded tasks, the summary only once published; no usernames
    JsonNode results =
        read(
            client()
                .get()
                .uri("/api/inspection/public/results?planId=" + planId)
                .retrieve()
                .toEntity(String.class));
    assertThat(results.path("total").asInt()).isEqualTo(2);
    assertThat(results.toString()).doesNotContain("city-admin");
    assertThat(results.path("items").findValues("overdue")).allMatch(n -> !n.asBoolean());
    assertStatus(
        post("/api/inspection/tasks/" + taskId + "/result-publication", cityAdmin(), ""), 200);
    JsonNode after =
        read(
            client()
                .get()
                .uri("/api/inspection/public/results?planId=" + planId)
                .retrieve()
                .toEntity(String.class));
    assertThat(after.toString()).contains("未发现违规问题");
    JsonNode publicPlan =
        read(
            client()
                .get()
                .uri("/api/inspection/public/plans/" + planId)
                .retrieve()
                .toEntity(String.class));
    assertThat(publicPlan.path("ceremony").path("revealedSecret").asText()).isEqualTo(secret);
    assertThat(publicPlan.toString()).doesNotContain("city-admin");
    assertThat(mongo.count(Query.query(Criteria.where("_id").is(planId)), SamplingPlans.COLLECTION))
        .isEqualTo(1);
  }

  @Test
  void shouldRefuseBadInputAndChangeNothing() throws Exception {
    LocalDate today = LegalCalendar.today(java.time.Clock.systemUTC());
    List<String> clinics = institutions(4, "PRIMARY", "990402", "ACTIVE");
    awaitDirectory(clinics);
    registerOfficer("990402", null, null); // a single officer: no team of two is possible
    String admin = tokens.bearer("xichuan-admin", "990400", "CITY_ADMIN");

    // a strict stratum whose minimum the population cannot meet: 422 at publication, the plan stays
    // a draft
    String strict =
        planJson(
                "严格配额",
                "990402",
                today,
                today.plusDays(10),
                ",\"kind\":\"RANDOM\",\"strata\":[{\"code\":\"PRIMARY\",\"levels\":[\"PRIMARY\"],\"percent\":10,\"minimum\":5,"
                    + "\"strict\":true}]")
            .replace("\"kind\":\"RECHECK\",", "");
    String strictId = read(post("/api/inspection/plans", admin, strict)).path("id").asText();
    ResponseEntity<String> refused =
        post("/api/inspection/plans/" + strictId + "/publication", admin, "{}");
    assertStatus(refused, 422);
    assertThat(read(refused).path("detail").asText()).contains("PRIMARY");
    assertThat(read(get("/api/inspection/plans/" + strictId, admin)).path("status").asText())
        .isEqualTo("DRAFT");

    // the bureau holds the secret offline: a wrong secret at the ceremony is 422 and changes
    // nothing
    String bureauSecret = "bureau-secret-" + UUID.randomUUID();
    String commitment = org.ybjg.inspection.ceremony.domain.Sha256.hex(bureauSecret);
    String planId =
        read(post(
                "/api/inspection/plans",
                admin,
                planJson("县级抽查", "990402", today, today.plusDays(10), "")))
            .path("id")
            .asText();
    assertStatus(
        post(
            "/api/inspection/plans/" + planId + "/publication",
            admin,
            "{\"commitment\":\"" + commitment + "\"}"),
        200);
    String officials = "\"officials\":[{\"name\":\"孙科长\",\"role\":\"稽核科长\",\"digits\":\"2026\"}]";
    ResponseEntity<String> wrong =
        post(
            "/api/inspection/plans/" + planId + "/ceremony",
            admin,
            "{" + officials + ",\"secret\":\"not-it\"}");
    assertStatus(wrong, 422);
    JsonNode unchanged = read(get("/api/inspection/plans/" + planId, admin));
    assertThat(unchanged.path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(unchanged.path("ceremony").isNull()).isTrue();
    assertStatus(
        post(
            "/api/inspection/plans/" + planId + "/ceremony",
            admin,
            "{" + officials + ",\"secret\":\"" + bureauSecret + "\"}"),
        200);

    // a roster without two eligible officers: 422 naming the target, nothing drawn
    ResponseEntity<String> noTeam = post("/api/inspection/plans/" + planId + "/draw", admin, "");
    assertStatus(noTeam, 422);
    List<String> unstaffable = new ArrayList<>(clinics);
    unstaffable.add(
        "AGENCY-990402"); // the county's handling agency is a target too (吕医保发〔2021〕36号: 经办机构100%)
    assertThat(read(noTeam).path("detail").asText())
        .containsAnyOf(unstaffable.toArray(String[]::new));
    assertThat(read(get("/api/inspection/plans/" + planId, admin)).path("status").asText())
        .isEqualTo("SEEDED");
    assertStatus(
        client()
            .get()
            .uri("/api/inspection/public/draws/" + planId + "/record")
            .retrieve()
            .toEntity(String.class),
        404);

    // a code outside the contract's enum is refused at the door (400), naming the field
    ResponseEntity<String> badCode =
        post(
            "/api/inspection/plans",
            admin,
            planJson(
                "错码",
                "990402",
                today,
                today.plusDays(1),
                ",\"filter\":{\"levels\":[\"HOSPITAL\"]}"));
    assertStatus(badCode, 400);
    assertThat(read(badCode).path("violations").get(0).path("field").asText())
        .isEqualTo("filter.levels[0]");

    // a scope outside the caller's region is refused; a foreign plan is not even found
    assertStatus(
        post(
            "/api/inspection/plans", admin, planJson("越权", "990302", today, today.plusDays(1), "")),
        403);
    assertStatus(get("/api/inspection/plans/" + planId, cityAdmin()), 404);
    assertStatus(
        post(
            "/api/inspection/plans",
            tokens.bearer("a", "990000", "AUDITOR"),
            planJson("审计", "990402", today, today.plusDays(1), "")),
        403);
  }

  // ---------------------------------------------------------------- helpers

  private String planJson(String name, String region, LocalDate from, LocalDate to, String extra) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"RECHECK\",\"regionCode\":\""
        + region
        + "\",\"period\":{\"from\":\""
        + from
        + "\",\"to\":\""
        + to
        + "\"},\"teamRule\":{\"crossCheck\":true,\"loadCap\":5}"
        + extra
        + "}";
  }

  private List<String> institutions(int n, String level, String county, String state) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = Ids.next();
      ids.add(id);
      InstitutionChanged changed =
          new InstitutionChanged(
              id,
              1,
              "N" + id,
              "北原测试机构" + id,
              "MEDICAL_INSTITUTION",
              level,
              "PUBLIC",
              county,
              List.of(county, county.substring(0, 4) + "00", "990000"),
              new InstitutionChanged.Agreement(
                  state, LocalDate.of(2024, 1, 1), null, null, List.of(), null),
              "B",
              new InstitutionChanged.Change(
                  "AGREEMENT_SIGNED", null, Instant.parse("2025-01-02T03:04:05Z")),
              new InstitutionChanged.FundPayment(
                  2025,
                  new BigDecimal("1000000.00").add(BigDecimal.valueOf(i)),
                  i + 1,
                  null,
                  null));
      kafka.send(
          RegistryTopics.INSTITUTIONS,
          id,
          events.serialize(events.envelope(INSTITUTION_CHANGED, id, changed)));
    }
    return ids;
  }

  private void awaitDirectory(int countIn990300) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                mongo.count(
                        Query.query(Criteria.where("regionPath").is("990300")),
                        DirectoryEntries.COLLECTION)
                    >= countIn990300);
  }

  private void awaitDirectory(List<String> ids) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                mongo.count(Query.query(Criteria.where("_id").in(ids)), DirectoryEntries.COLLECTION)
                    == ids.size());
  }

  private String registerOfficer(String county, String affiliatedWith, LocalDate awayOn) {
    String body =
        "{\"name\":\"执法员"
            + UUID.randomUUID().toString().substring(0, 6)
            + "\",\"role\":\"LAW_ENFORCEMENT_OFFICER\","
            + "\"certificateNumber\":\"C"
            + Ids.next()
            + "\",\"certificateValidUntil\":\"2030-12-31\",\"homeCountyCode\":\""
            + county
            + "\""
            + (affiliatedWith == null
                ? ""
                : ",\"affiliations\":[{\"institutionId\":\""
                    + affiliatedWith
                    + "\",\"reason\":\"配偶在该院任职\"}]")
            + (awayOn == null
                ? ""
                : ",\"unavailable\":[{\"from\":\""
                    + awayOn
                    + "\",\"to\":\""
                    + awayOn.plusDays(60)
                    + "\"}]")
            + "}";
    ResponseEntity<String> created =
        post("/api/inspection/inspectors", tokens.bearer("root", "990000", "PROVINCE_ADMIN"), body);
    assertStatus(created, 201);
    return read(created).path("id").asText();
  }

  private String publicRecord(String planId) {
    ResponseEntity<String> response =
        client()
            .get()
            .uri("/api/inspection/public/draws/" + planId + "/record")
            .retrieve()
            .toEntity(String.class);
    assertStatus(response, 200);
    return response.getBody();
  }

  /** Runs inspection-service/verifier/Verifier.java on the record, as a citizen would. */
  private String verify(String recordJson) throws Exception {
    Path file = dir.resolve("record-" + UUID.randomUUID() + ".json");
    Files.writeString(file, recordJson, StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path verifier = Path.of("..", "verifier", "Verifier.java").toAbsolutePath().normalize();
    Process p =
        new ProcessBuilder(java.toString(), verifier.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private String cityAdmin() {
    return tokens.bearer("city-admin", "990300", "CITY_ADMIN");
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

  private ResponseEntity<String> put(String uri, String bearer, String body) {
    return client()
        .put()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  private ResponseEntity<String> patch(String uri, String bearer, String body) {
    return client()
        .patch()
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
