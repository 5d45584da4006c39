package org.ybjg.registry.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.registry.institution.Institutions;

/**
 * The annual evaluation fed by {@code case.decision-issued.v1} on a real broker (承医保发〔2019〕2号 §6):
 * points from amount, count and nature with the default table of application.yml, the one-vote
 * veto, and a redelivered decision counted once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationIT {

  private static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  private static final String COUNTY_ADMIN =
      TOKENS.bearer("county-admin", "990102", "COUNTY_ADMIN");
  private static final String OTHER_COUNTY_ADMIN =
      TOKENS.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  private static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Duration EVENTUALLY = Duration.ofSeconds(30);
  private static final EventType DECISION_ISSUED =
      new EventType(DecisionIssued.TYPE, CaseTopics.EVENTS);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-evaluation-it");
    // only the evaluation listener runs here, in a group of its own (<name>-evaluation), so the
    // other test
    // contexts' consumers neither take its partitions nor does it take theirs
    registry.add("spring.application.name", () -> "registry-evaluation-it");
    registry.add("spring.kafka.listener.auto-startup", () -> "false");
  }

  @BeforeEach
  void startEvaluationListener() {
    listeners.getListenerContainer(EvaluationDecisionListener.ID).start();
  }

  @Autowired KafkaListenerEndpointRegistry listeners;

  @LocalServerPort int port;

  @Autowired Events events;

  @Autowired MongoTemplate mongo;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void shouldScoreAmountCountAndNatureAndCountARedeliveredDecisionOnce() throws Exception {
    String id = register("990102");
    EventEnvelope first = decision(id, "GENERAL_VIOLATION", "6000.00", "38", today);
    String message = events.serialize(first);

    kafka.send(CaseTopics.EVENTS, id, message);
    awaitCounted(id, today.getYear(), first.id());
    kafka.send(CaseTopics.EVENTS, id, message);
    EventEnvelope marker = decision(id, "MANAGEMENT", "0", null, today);
    kafka.send(CaseTopics.EVENTS, id, events.serialize(marker));
    awaitCounted(id, today.getYear(), marker.id());

    JsonNode evaluation =
        getJson("/api/registry/institutions/" + id + "/evaluations", COUNTY_ADMIN)
            .path("items")
            .get(0);
    // the redelivered first decision was not counted again: two decisions, not three
    assertThat(evaluation.path("decisionCount").asInt()).isEqualTo(2);
    // 100 − (10 nature + 2 amount) − (5 nature + 0 amount) − 5 for two decisions in the year = 78
    assertThat(evaluation.path("score").asInt()).isEqualTo(78);
    assertThat(evaluation.path("countPoints").asInt()).isEqualTo(5);
    assertThat(evaluation.path("grade").asText()).isEqualTo("QUALIFIED");
    assertThat(evaluation.path("result").asText()).isEqualTo("QUALIFIED");
    assertThat(evaluation.path("resultLabel").asText()).isEqualTo("合格");
    assertThat(evaluation.path("vetoed").asBoolean()).isFalse();
    assertThat(evaluation.path("contributions").findValuesAsText("categoryLabel"))
        .containsExactly("一般违规", "内部管理不规范");
    assertThat(evaluation.path("contributions").get(0).path("improperAmount").asText())
        .isEqualTo("6000.00");
    assertThat(
            getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("kind"))
        .containsSubsequence(
            "REGISTERED", "EVALUATION_POINTS_DEDUCTED", "EVALUATION_POINTS_DEDUCTED");
    assertThat(processedEvents(id, today.getYear()))
        .containsExactlyInAnyOrder(first.id(), marker.id());
  }

  @Test
  void shouldForceExitByOneVoteVetoOnFraudAndKeepYearsApart() throws Exception {
    String id = register("990102");
    LocalDate lastYear = today.minusYears(1);
    EventEnvelope earlier = decision(id, "GENERAL_VIOLATION", "60000.00", "38", lastYear);
    EventEnvelope fraud = decision(id, "FRAUD", "10000.00", "40", today);

    kafka.send(CaseTopics.EVENTS, id, events.serialize(earlier));
    kafka.send(CaseTopics.EVENTS, id, events.serialize(fraud));
    awaitCounted(id, lastYear.getYear(), earlier.id());
    awaitCounted(id, today.getYear(), fraud.id());

    JsonNode items =
        getJson("/api/registry/institutions/" + id + "/evaluations", COUNTY_ADMIN).path("items");
    assertThat(items.findValuesAsText("year"))
        .containsExactly(String.valueOf(today.getYear()), String.valueOf(lastYear.getYear()));
    JsonNode vetoed = items.get(0);
    // 承医保发〔2019〕2号 §6: 实现"一票否决"的退出机制 — 100 − 40 − 5 = 55 points, but the result is EXIT
    assertThat(vetoed.path("score").asInt()).isEqualTo(55);
    assertThat(vetoed.path("vetoed").asBoolean()).isTrue();
    assertThat(vetoed.path("result").asText()).isEqualTo("EXIT");
    assertThat(vetoed.path("resultLabel").asText()).isEqualTo("退出（一票否决）");
    assertThat(vetoed.path("vetoReason").asText()).contains("欺诈骗保");
    assertThat(vetoed.path("contributions").get(0).path("veto").asBoolean()).isTrue();
    JsonNode previous = items.get(1);
    assertThat(previous.path("score").asInt()).isEqualTo(80);
    assertThat(previous.path("result").asText()).isEqualTo("GOOD");
    assertThat(
            getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("kind"))
        .contains("EVALUATION_VETOED");

    String list =
        "/api/registry/evaluations?year=" + today.getYear() + "&regionCode=990102&size=200";
    assertThat(getJson(list, CITY_ADMIN).path("items").findValuesAsText("institutionId"))
        .contains(id);
    assertThat(
            getJson("/api/registry/evaluations?size=200", OTHER_COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("institutionId"))
        .doesNotContain(id);
    assertThat(get("/api/registry/evaluations?regionCode=990102", OTHER_COUNTY_ADMIN).statusCode())
        .isEqualTo(404);
    assertThat(
            get("/api/registry/institutions/" + id + "/evaluations", OTHER_COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(404);
    assertThat(get("/api/registry/institutions/" + id + "/evaluations", null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void shouldSkipGarbageAndUnknownInstitutionsAndGoOnCounting() throws Exception {
    String id = register("990102");
    String unknown = "unknown-" + UUID.randomUUID();
    kafka.send(CaseTopics.EVENTS, id, "{ not json " + UUID.randomUUID());
    kafka.send(
        CaseTopics.EVENTS,
        unknown,
        events.serialize(decision(unknown, "FRAUD", "1.00", null, today)));
    EventEnvelope after = decision(id, "OTHER", "0.00", null, today);
    kafka.send(CaseTopics.EVENTS, id, events.serialize(after));

    awaitCounted(id, today.getYear(), after.id());
    assertThat(
            mongo.count(
                Query.query(Criteria.where("institutionId").is(unknown)), Evaluations.COLLECTION))
        .isZero();
    assertThat(
            getJson("/api/registry/institutions/" + id + "/evaluations", COUNTY_ADMIN)
                .path("items")
                .get(0)
                .path("score")
                .asInt())
        .isEqualTo(95);
  }

  // --- helpers
  // ------------------------------------------------------------------------------------------------

  private EventEnvelope decision(
      String institutionId,
      String category,
      String improperAmount,
      String article,
      LocalDate decidedOn) {
    String caseId = "case-" + UUID.randomUUID();
    return events.envelope(
        DECISION_ISSUED,
        caseId,
        new DecisionIssued(
            caseId,
            "990102医保决〔" + decidedOn.getYear() + "〕" + SEQUENCE.incrementAndGet() + "号",
            institutionId,
            "990102",
            List.of(),
            new BigDecimal("1000.00"),
            decidedOn,
            "city-admin",
            category,
            new BigDecimal(improperAmount),
            null,
            article,
            "NONE",
            false));
  }

  private void awaitCounted(String institutionId, int year, String eventId) {
    await().atMost(EVENTUALLY).until(() -> processedEvents(institutionId, year).contains(eventId));
  }

  private List<String> processedEvents(String institutionId, int year) {
    Document document =
        mongo.findById(institutionId + "-" + year, Document.class, Evaluations.COLLECTION);
    return document == null
        ? List.of()
        : document.getList("processedEvents", String.class, List.of());
  }

  private String register(String countyCode) throws Exception {
    String body =
        """
        {"nationalCode":"H%s%s","name":"考核测试第%d医院（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
         "ownership":"PUBLIC","countyCode":"%s","agreementSignedOn":"2024-01-01"}
        """
            .formatted(
                countyCode,
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(),
                SEQUENCE.incrementAndGet(),
                countyCode);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/registry/institutions"))
                .header("Authorization", COUNTY_ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String id = JSON.readTree(response.body()).path("id").asText();
    assertThat(mongo.exists(Query.query(Criteria.where("_id").is(id)), Institutions.COLLECTION))
        .isTrue();
    return id;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String path, String bearer) throws Exception {
    HttpResponse<String> response = get(path, bearer);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
