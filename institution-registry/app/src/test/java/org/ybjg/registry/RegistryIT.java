package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.cases.events.CaseClosed;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.registry.agreement.ReinstateExpiredSuspensions;
import org.ybjg.registry.client.InstitutionsApi;
import org.ybjg.registry.client.invoker.ApiClient;
import org.ybjg.registry.client.invoker.ApiException;
import org.ybjg.registry.client.invoker.ApiResponse;
import org.ybjg.registry.client.model.AgreementState;
import org.ybjg.registry.client.model.Institution;
import org.ybjg.registry.client.model.InstitutionLevel;
import org.ybjg.registry.client.model.InstitutionPage;
import org.ybjg.registry.client.model.InstitutionType;
import org.ybjg.registry.client.model.Ownership;
import org.ybjg.registry.client.model.RegisterInstitutionRequest;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import org.ybjg.registry.institution.Institutions;

/**
 * The registry as a process: real HTTP with signed tokens (generated client), a real Kafka broker
 * and the MongoDB-wire server, both reached over TCP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryIT {

  private static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  private static final String COUNTY_ADMIN =
      TOKENS.bearer("county-admin", "990102", "COUNTY_ADMIN");
  private static final String OTHER_COUNTY_ADMIN =
      TOKENS.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  private static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  private static final String AUDITOR = TOKENS.bearer("auditor", "990000", "AUDITOR");
  private static final String INSPECTOR = TOKENS.bearer("inspector", "990102", "INSPECTOR");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Duration EVENTUALLY = Duration.ofSeconds(20);
  private static final EventType DECISION_ISSUED =
      new EventType(DecisionIssued.TYPE, CaseTopics.EVENTS);
  private static final EventType CASE_CLOSED = new EventType(CaseClosed.TYPE, CaseTopics.EVENTS);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-it");
  }

  @LocalServerPort int port;

  @Autowired Events events;

  @Autowired MongoTemplate mongo;

  @Autowired ReinstateExpiredSuspensions reinstateExpiredSuspensions;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

  // --- registering
  // --------------------------------------------------------------------------------------------

  @Test
  void shouldRegisterAndPublishInstitutionChangedWhenCountyAdminRegisters() throws Exception {
    RegisterInstitutionRequest request =
        hospital("990102").agreementSignedOn(LocalDate.of(2024, 1, 1));

    ApiResponse<Institution> response =
        api(COUNTY_ADMIN).registerInstitutionWithHttpInfo(request, null);

    assertThat(response.getStatusCode()).isEqualTo(201);
    Institution created = response.getData();
    assertThat(response.getHeaders().get("location"))
        .containsExactly("/api/registry/institutions/" + created.getId());
    assertThat(created.getVersion()).isEqualTo(1L);
    assertThat(created.getTypeLabel()).isEqualTo("定点医疗机构");
    assertThat(created.getLevelLabel()).isEqualTo("三级");
    assertThat(created.getOwnershipLabel()).isEqualTo("公立");
    assertThat(created.getCountyName()).isEqualTo("东江市城东区（演示）");
    assertThat(created.getAgreement().getState()).isEqualTo(AgreementState.ACTIVE);
    assertThat(created.getAgreement().getStateLabel()).isEqualTo("履行中");
    assertThat(created.getAgreement().getSignedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(created.getHistory())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.getKind()).isEqualTo("REGISTERED");
              assertThat(entry.getKindLabel()).isEqualTo("登记");
              assertThat(entry.getBy()).isEqualTo("county-admin");
            });

    Institution read = api(CITY_ADMIN).getInstitution(created.getId());
    assertThat(read).isEqualTo(created);
    InstitutionPage listed =
        api(CITY_ADMIN)
            .listInstitutions(
                "990102",
                InstitutionType.MEDICAL_INSTITUTION,
                InstitutionLevel.TERTIARY,
                Ownership.PUBLIC,
                AgreementState.ACTIVE,
                request.getName(),
                0,
                200,
                null,
                null,
                null);
    assertThat(listed.getItems()).extracting(Institution::getId).containsExactly(created.getId());
    assertThat(listed.getTotal()).isEqualTo(1L);

    List<ConsumerRecord<String, String>> published = changesOf(created.getId(), 1);
    assertThat(published)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.key()).isEqualTo(created.getId());
              EventSchemaAssert.assertConforms(record.value(), InstitutionChanged.TYPE);
              JsonNode data = JSON.readTree(record.value()).path("data");
              assertThat(data.path("version").asLong()).isEqualTo(1L);
              assertThat(data.path("change").path("kind").asText()).isEqualTo("REGISTERED");
              assertThat(data.path("agreement").path("state").asText()).isEqualTo("ACTIVE");
              assertThat(data.path("regionPath"))
                  .extracting(JsonNode::asText)
                  .containsExactly("990102", "990100", "990000");
              assertThat(data.path("creditGrade").isNull()).isTrue();
            });
  }

  @Test
  void shouldAnswerWithFirstRegistrationWhenRetriedWithSameIdempotencyKey() throws Exception {
    RegisterInstitutionRequest request = pharmacy("990102");
    String key = UUID.randomUUID().toString();

    Institution first = api(COUNTY_ADMIN).registerInstitution(request, key);
    ApiResponse<Institution> retry =
        api(COUNTY_ADMIN).registerInstitutionWithHttpInfo(request, key);

    assertThat(retry.getStatusCode()).isEqualTo(201);
    assertThat(retry.getData().getId()).isEqualTo(first.getId());
    assertThat(
            mongo.count(
                Query.query(Criteria.where("nationalCode").is(request.getNationalCode())),
                Institutions.COLLECTION))
        .isEqualTo(1);
    long before = documents();
    assertThatThrownBy(() -> api(COUNTY_ADMIN).registerInstitution(pharmacy("990102"), key))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertProblem(e, 422, "idempotency-key-reused"));
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void shouldBindAnInstitutionUserToItsOwnInstitution() throws Exception {
    Institution own = api(COUNTY_ADMIN).registerInstitution(hospital("990102"), null);
    Institution competitor = api(COUNTY_ADMIN).registerInstitution(pharmacy("990102"), null);
    String user = TOKENS.institutionUserBearer("hospital-user", "990102", own.getId());
    String base = "/api/registry/institutions/";

    assertThat(get(base + own.getId(), user).statusCode()).isEqualTo(200);
    assertThat(get(base + own.getId() + "/credit", user).statusCode()).isEqualTo(200);
    // a competitor's record, credit file, filings and doctors, and every cross-institution list
    for (String path :
        List.of(
            base + competitor.getId(),
            base + competitor.getId() + "/credit",
            base + competitor.getId() + "/filings",
            base + competitor.getId() + "/doctors",
            base + own.getId() + "x",
            "/api/registry/institutions",
            "/api/registry/fund-payments/top?regionCode=990102",
            "/api/registry/credit-lists/BLACK",
            "/api/registry/filings",
            "/api/registry/evaluations")) {
      HttpResponse<String> refused = get(path, user);
      assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).doesNotContain(competitor.getName());
    }
    // without the binding claim an institution's user reaches nothing; staff are unaffected
    assertThat(
            get(base + own.getId(), TOKENS.bearer("unbound", "990102", "INSTITUTION_USER"))
                .statusCode())
        .isEqualTo(403);
    assertThat(get(base + competitor.getId(), INSPECTOR).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldTreatTheSameIdempotencyKeyFromTwoCallersAsTwoCommands() throws Exception {
    String key = UUID.randomUUID().toString();
    Institution county = api(COUNTY_ADMIN).registerInstitution(pharmacy("990102"), key);
    // another user with the same key registers their own institution; nothing of the first leaks
    Institution city = api(CITY_ADMIN).registerInstitution(pharmacy("990102"), key);

    assertThat(city.getId()).isNotEqualTo(county.getId());
    assertThat(city.getNationalCode()).isNotEqualTo(county.getNationalCode());
  }

  @Test
  void shouldAnswer409AndWriteNothingWhenNationalCodeAlreadyRegistered() throws Exception {
    RegisterInstitutionRequest request = hospital("990102");
    api(COUNTY_ADMIN).registerInstitution(request, null);
    long before = documents();

    assertThatThrownBy(() -> api(CITY_ADMIN).registerInstitution(request.name("另一家（演示）"), null))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertProblem(e, 409, "duplicate-national-code"));
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void shouldAnswer422OnCountyCodeAndWriteNothingWhenCountyUnknown() throws Exception {
    long before = documents();

    for (String notACounty : List.of("990199", "990100")) {
      assertThatThrownBy(() -> api(CITY_ADMIN).registerInstitution(hospital(notACounty), null))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                JsonNode problem = assertProblem(e, 422, "unknown-county");
                assertThat(problem.path("violations").get(0).path("field").asText())
                    .isEqualTo("countyCode");
              });
    }
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void shouldAnswer422OnLevelWhenLevelDoesNotFitType() {
    RegisterInstitutionRequest tertiaryPharmacy =
        pharmacy("990102").level(InstitutionLevel.TERTIARY);

    assertThatThrownBy(() -> api(COUNTY_ADMIN).registerInstitution(tertiaryPharmacy, null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              JsonNode problem = assertProblem(e, 422, "level-does-not-fit-type");
              assertThat(problem.path("violations").get(0).path("field").asText())
                  .isEqualTo("level");
            });
  }

  @Test
  void shouldAnswer422WhenAgreementSignedInFuture() {
    RegisterInstitutionRequest signedTomorrow =
        hospital("990102").agreementSignedOn(today.plusDays(1));

    assertThatThrownBy(() -> api(COUNTY_ADMIN).registerInstitution(signedTomorrow, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 422, "signed-in-future"));
  }

  @Test
  void shouldAnswer400WithViolationsAndWriteNothingWhenBodyInvalid() throws Exception {
    long before = documents();

    HttpResponse<String> invalid =
        post(
            """
        {"nationalCode":"h-1","type":"MEDICAL_INSTITUTION","level":"TERTIARY","ownership":"PUBLIC","countyCode":"99010"}
        """,
            COUNTY_ADMIN);
    assertThat(invalid.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(invalid.body());
    assertThat(problem.path("type").asText()).endsWith("/invalid-input");
    assertThat(problem.path("violations").findValuesAsText("field"))
        .contains("nationalCode", "name", "countyCode");

    HttpResponse<String> unreadable = post("{\"nationalCode\": ", COUNTY_ADMIN);
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(unreadable.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

    HttpResponse<String> tooLarge = get("/api/registry/institutions?size=201", CITY_ADMIN);
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(documents()).isEqualTo(before);
  }

  /**
   * Problem details in Chinese when Accept-Language prefers zh, from the registry's message
   * catalogue.
   */
  @Test
  void shouldAnswerProblemsInChineseWhenZhIsPreferred() throws Exception {
    RegisterInstitutionRequest registered = hospital("990102");
    api(COUNTY_ADMIN).registerInstitution(registered, null);
    String body =
        """
        {"nationalCode":"%s","name":"另一家（演示）","type":"MEDICAL_INSTITUTION","level":"TERTIARY",
         "ownership":"PUBLIC","countyCode":"%s"}""";

    JsonNode unknownCounty =
        JSON.readTree(
            inChinese(
                    HttpRequest.newBuilder(uri("/api/registry/institutions"))
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                body.formatted("H99019900001ZH", "990199"))))
                .body());
    JsonNode duplicate =
        JSON.readTree(
            inChinese(
                    HttpRequest.newBuilder(uri("/api/registry/institutions"))
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                body.formatted(registered.getNationalCode(), "990102"))))
                .body());
    JsonNode unknown =
        JSON.readTree(
            inChinese(HttpRequest.newBuilder(uri("/api/registry/institutions/no-such-id")).GET())
                .body());
    JsonNode invalid =
        JSON.readTree(
            inChinese(
                    HttpRequest.newBuilder(uri("/api/registry/institutions"))
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"nationalCode\":\"h-1\",\"type\":\"MEDICAL_INSTITUTION\"}")))
                .body());

    assertThat(unknownCounty.path("status").asInt()).isEqualTo(422);
    assertThat(unknownCounty.path("title").asText()).isEqualTo("违反规则");
    assertThat(unknownCounty.path("detail").asText()).isEqualTo("区划代码 990199 不是区划表中的县级区划。");
    assertThat(unknownCounty.path("violations").get(0).path("field").asText())
        .isEqualTo("countyCode");
    assertThat(unknownCounty.path("violations").get(0).path("message").asText())
        .isEqualTo("区划代码 990199 不是区划表中的县级区划。");
    assertThat(duplicate.path("status").asInt()).isEqualTo(409);
    assertThat(duplicate.path("type").asText()).endsWith("/duplicate-national-code");
    assertThat(duplicate.path("title").asText()).isEqualTo("与当前状态冲突");
    assertThat(duplicate.path("detail").asText()).isEqualTo("该国家编码的机构已登记。");
    assertThat(unknown.path("status").asInt()).isEqualTo(404);
    assertThat(unknown.path("title").asText()).isEqualTo("未找到");
    assertThat(unknown.path("detail").asText()).isEqualTo("未找到该记录，或该记录不在您的辖区内。");
    assertThat(invalid.path("status").asInt()).isEqualTo(400);
    assertThat(invalid.path("title").asText()).isEqualTo("输入无效");
    assertThat(invalid.path("detail").asText()).isEqualTo("请求中有无效的字段。");
    assertThat(invalid.path("violations").findValuesAsText("message"))
        .allSatisfy(message -> assertThat(message).containsPattern("\\p{IsHan}"));
  }

  private HttpResponse<String> inChinese(HttpRequest.Builder request) throws Exception {
    return http.send(
        request
            .header("Authorization", CITY_ADMIN)
            .header("Content-Type", "application/json")
            .header("Accept-Language", "zh-CN,zh;q=0.9")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // --- region scope and roles
  // ---------------------------------------------------------------------------------

  @Test
  void shouldAnswer404AndHideFromListWhenInstitutionInAnotherCounty() throws Exception {
    Institution east = api(COUNTY_ADMIN).registerInstitution(hospital("990102"), null);

    assertThatThrownBy(() -> api(OTHER_COUNTY_ADMIN).getInstitution(east.getId()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 404, "not-found"));
    InstitutionPage visible =
        api(OTHER_COUNTY_ADMIN)
            .listInstitutions(null, null, null, null, null, null, 0, 200, null, null, null);
    assertThat(visible.getItems()).extracting(Institution::getCountyCode).doesNotContain("990102");
    assertThat(visible.getItems()).extracting(Institution::getId).doesNotContain(east.getId());
    assertThatThrownBy(
            () ->
                api(OTHER_COUNTY_ADMIN)
                    .listInstitutions(
                        "990102", null, null, null, null, null, 0, 20, null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 404, "not-found"));
    assertThat(api(CITY_ADMIN).getInstitution(east.getId()).getId()).isEqualTo(east.getId());
  }

  @Test
  void shouldAnswer403OutsideRegionWhenRegisteringInAnotherCounty() throws Exception {
    long before = documents();

    assertThatThrownBy(() -> api(COUNTY_ADMIN).registerInstitution(hospital("990103"), null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 403, "outside-region"));
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void shouldAnswer401WhenNoToken() throws Exception {
    HttpRequest.Builder list = HttpRequest.newBuilder(uri("/api/registry/institutions"));
    HttpResponse<String> response = http.send(list.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(response.body()).path("type").asText()).endsWith("/unauthenticated");
    assertThat(post(JSON.writeValueAsString(hospital("990102")), null).statusCode()).isEqualTo(401);
  }

  @Test
  void shouldAnswer403AndWriteNothingWhenAuditorOrInspectorRegisters() throws Exception {
    long before = documents();

    assertThatThrownBy(() -> api(AUDITOR).registerInstitution(hospital("990102"), null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 403, "forbidden"));
    assertThatThrownBy(() -> api(INSPECTOR).registerInstitution(hospital("990102"), null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 403, "forbidden"));
    assertThat(documents()).isEqualTo(before);
    assertThat(
            api(AUDITOR)
                .listInstitutions(null, null, null, null, null, null, 0, 1, null, null, null)
                .getSize())
        .isEqualTo(1);
  }

  @Test
  void shouldServeOpenApiDocumentWithoutToken() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/registry/openapi.yaml")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("openapi: 3.0.3").contains("/api/registry/institutions");
  }

  // --- consuming case.events.v1
  // -------------------------------------------------------------------------------

  @Test
  void shouldSuspendAgreementOnceWhenSameDecisionDeliveredTwice() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN)
            .registerInstitution(
                hospital("990102").agreementSignedOn(LocalDate.of(2024, 1, 1)), null);
    changesOf(institution.getId(), 1);
    String caseId = "case-" + UUID.randomUUID();
    LocalDate from = today; // a later start is only scheduled: see
    // shouldKeepAgreementActiveUntilScheduledSuspensionStarts
    LocalDate until = from.plusMonths(6).minusDays(1);
    String message =
        decision(
            caseId,
            institution.getId(),
            // whole institution: SUSPENDED (a department-scoped one keeps the agreement ACTIVE, see
            // AgencyMeasuresIT)
            new DecisionIssued.Measure("SUSPEND_AGREEMENT", 6, from, until, List.of()));
    EventSchemaAssert.assertConforms(message, DecisionIssued.TYPE);

    kafka.send(CaseTopics.EVENTS, institution.getId(), message);

    Institution suspended =
        await()
            .atMost(EVENTUALLY)
            .until(
                () -> api(CITY_ADMIN).getInstitution(institution.getId()),
                current -> current.getAgreement().getState() == AgreementState.SUSPENDED);
    assertThat(suspended.getVersion()).isEqualTo(2L);
    assertThat(suspended.getAgreement().getStateLabel()).isEqualTo("暂停");
    assertThat(suspended.getAgreement().getSuspendedFrom()).isEqualTo(from);
    assertThat(suspended.getAgreement().getSuspendedUntil()).isEqualTo(until);
    assertThat(suspended.getAgreement().getSuspendedDepartments()).isEmpty();
    assertThat(suspended.getAgreement().getCauseCaseId()).isEqualTo(caseId);
    assertThat(suspended.getHistory())
        .extracting(entry -> entry.getKind())
        .containsExactly("REGISTERED", "AGREEMENT_SUSPENDED");
    assertThat(suspended.getHistory().get(1).getReference()).isEqualTo(caseId);

    List<ConsumerRecord<String, String>> changes = changesOf(institution.getId(), 2);
    assertThat(changes).hasSize(2);
    ConsumerRecord<String, String> suspension = changes.get(1);
    EventSchemaAssert.assertConforms(suspension.value(), InstitutionChanged.TYPE);
    JsonNode data = JSON.readTree(suspension.value()).path("data");
    assertThat(data.path("version").asLong()).isEqualTo(2L);
    assertThat(data.path("agreement").path("state").asText()).isEqualTo("SUSPENDED");
    assertThat(data.path("agreement").path("suspendedUntil").asText()).isEqualTo(until.toString());
    assertThat(data.path("agreement").path("causeCaseId").asText()).isEqualTo(caseId);
    assertThat(data.path("change").path("kind").asText()).isEqualTo("AGREEMENT_SUSPENDED");
    assertThat(data.path("change").path("reference").asText()).isEqualTo(caseId);

    // redelivery: the identical envelope again
    kafka.send(CaseTopics.EVENTS, institution.getId(), message);
    awaitConsumerCaughtUp();
    awaitOutboxDrained(institution.getId());

    assertThat(api(CITY_ADMIN).getInstitution(institution.getId())).isEqualTo(suspended);
    assertThat(
            kafka.readContaining(
                RegistryTopics.INSTITUTIONS, institution.getId(), 3, Duration.ofSeconds(2)))
        .as("no further event for the redelivered decision")
        .hasSize(2);
  }

  @Test
  void shouldSendGarbageToDeadLetterTopicAndApplyFollowingDecision() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN)
            .registerInstitution(
                pharmacy("990102").agreementSignedOn(LocalDate.of(2023, 5, 1)), null);
    String garbage = "this is not an event " + UUID.randomUUID();

    kafka.send(CaseTopics.EVENTS, institution.getId(), garbage);
    kafka.send(
        CaseTopics.EVENTS,
        institution.getId(),
        decision(
            "case-" + UUID.randomUUID(),
            institution.getId(),
            new DecisionIssued.Measure("TERMINATE_AGREEMENT", null, today, null, List.of())));

    Institution terminated =
        await()
            .atMost(EVENTUALLY)
            .until(
                () -> api(COUNTY_ADMIN).getInstitution(institution.getId()),
                current -> current.getAgreement().getState() == AgreementState.TERMINATED);
    assertThat(terminated.getAgreement().getTerminatedOn()).isEqualTo(today);
    assertThat(kafka.readContaining(CaseTopics.EVENTS + ".DLT", garbage, 1, EVENTUALLY)).hasSize(1);
  }

  @Test
  void shouldDeadLetterDecisionWhenInstitutionUnknown() {
    String unknown = "no-such-institution-" + UUID.randomUUID();

    kafka.send(
        CaseTopics.EVENTS,
        unknown,
        decision(
            "case-" + UUID.randomUUID(),
            unknown,
            new DecisionIssued.Measure("TERMINATE_AGREEMENT", null, null, null, null)));

    assertThat(kafka.readContaining(CaseTopics.EVENTS + ".DLT", unknown, 1, EVENTUALLY)).hasSize(1);
    assertThat(mongo.findById(unknown, Document.class, Institutions.COLLECTION)).isNull();
  }

  @Test
  void shouldRecordRejectedMeasureWithoutChangeWhenAgreementTerminated() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN).registerInstitution(hospital("990102").agreementSignedOn(today), null);
    kafka.send(
        CaseTopics.EVENTS,
        institution.getId(),
        decision(
            "case-" + UUID.randomUUID(),
            institution.getId(),
            new DecisionIssued.Measure("TERMINATE_AGREEMENT", null, null, null, null)));
    Institution terminated =
        await()
            .atMost(EVENTUALLY)
            .until(
                () -> api(COUNTY_ADMIN).getInstitution(institution.getId()),
                current -> current.getAgreement().getState() == AgreementState.TERMINATED);
    changesOf(institution.getId(), 2);
    EventEnvelope impossible =
        envelope(
            "case-" + UUID.randomUUID(),
            institution.getId(),
            new DecisionIssued.Measure("SUSPEND_AGREEMENT", 6, today, null, List.of()));

    kafka.send(CaseTopics.EVENTS, institution.getId(), events.serialize(impossible));

    await()
        .atMost(EVENTUALLY)
        .until(() -> processedEvents(institution.getId()).contains(impossible.id()));
    awaitConsumerCaughtUp();
    assertThat(api(COUNTY_ADMIN).getInstitution(institution.getId())).isEqualTo(terminated);
    assertThat(
            kafka.readContaining(
                RegistryTopics.INSTITUTIONS, institution.getId(), 3, Duration.ofSeconds(2)))
        .hasSize(2);
  }

  @Test
  void shouldIgnoreOtherCaseEventTypes() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN).registerInstitution(hospital("990102").agreementSignedOn(today), null);
    EventEnvelope opened =
        events.envelope(
            new EventType(CaseOpened.TYPE, CaseTopics.EVENTS),
            "case-x",
            new CaseOpened(
                "case-x", "finding-x", institution.getId(), "990102", "INSPECTION_FINDING", today));

    kafka.send(CaseTopics.EVENTS, institution.getId(), events.serialize(opened));
    awaitConsumerCaughtUp();

    assertThat(api(COUNTY_ADMIN).getInstitution(institution.getId()).getVersion()).isEqualTo(1L);
    assertThat(processedEvents(institution.getId())).doesNotContain(opened.id());
  }

  @Test
  void shouldReinstateAgreementWhenSuspensionPeriodIsOver() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN)
            .registerInstitution(
                hospital("990102").agreementSignedOn(LocalDate.of(2020, 1, 1)), null);
    LocalDate until = today.minusDays(1);
    kafka.send(
        CaseTopics.EVENTS,
        institution.getId(),
        decision(
            "case-" + UUID.randomUUID(),
            institution.getId(),
            new DecisionIssued.Measure(
                "SUSPEND_AGREEMENT", null, until.minusMonths(6), until, List.of())));
    await()
        .atMost(EVENTUALLY)
        .until(
            () -> api(COUNTY_ADMIN).getInstitution(institution.getId()),
            current -> current.getAgreement().getState() == AgreementState.SUSPENDED);

    assertThat(reinstateExpiredSuspensions.run(until)).as("not on the last day").isZero();
    assertThat(reinstateExpiredSuspensions.run(today)).isGreaterThanOrEqualTo(1);

    Institution reinstated = api(COUNTY_ADMIN).getInstitution(institution.getId());
    assertThat(reinstated.getAgreement().getState()).isEqualTo(AgreementState.ACTIVE);
    assertThat(reinstated.getAgreement().getSuspendedUntil()).isNull();
    assertThat(reinstated.getHistory())
        .extracting(entry -> entry.getKind())
        .last()
        .isEqualTo("AGREEMENT_REINSTATED");
    ConsumerRecord<String, String> event = changesOf(institution.getId(), 3).get(2);
    EventSchemaAssert.assertConforms(event.value(), InstitutionChanged.TYPE);
    assertThat(JSON.readTree(event.value()).path("data").path("change").path("kind").asText())
        .isEqualTo("AGREEMENT_REINSTATED");
  }

  @Test
  void shouldKeepAgreementActiveUntilScheduledSuspensionStarts() throws Exception {
    // A suspension starting in the future must not show as SUSPENDED before its first day
    Institution institution =
        api(COUNTY_ADMIN)
            .registerInstitution(
                hospital("990102").agreementSignedOn(LocalDate.of(2020, 1, 1)), null);
    LocalDate from = today.plusDays(10);
    kafka.send(
        CaseTopics.EVENTS,
        institution.getId(),
        decision(
            "case-" + UUID.randomUUID(),
            institution.getId(),
            new DecisionIssued.Measure(
                "SUSPEND_AGREEMENT", null, from, from.plusMonths(6), List.of())));
    await()
        .atMost(EVENTUALLY)
        .until(
            () -> api(COUNTY_ADMIN).getInstitution(institution.getId()),
            current -> current.getVersion() >= 2);
    Institution scheduled = api(COUNTY_ADMIN).getInstitution(institution.getId());
    assertThat(scheduled.getAgreement().getState()).isEqualTo(AgreementState.ACTIVE);
    assertThat(scheduled.getAgreement().getSuspendedFrom()).isEqualTo(from);

    reinstateExpiredSuspensions.run(from.minusDays(1));
    assertThat(api(COUNTY_ADMIN).getInstitution(institution.getId()).getAgreement().getState())
        .isEqualTo(AgreementState.ACTIVE);
    reinstateExpiredSuspensions.run(from);

    Institution started = api(COUNTY_ADMIN).getInstitution(institution.getId());
    assertThat(started.getAgreement().getState()).isEqualTo(AgreementState.SUSPENDED);
    assertThat(started.getAgreement().getSuspendedDepartments()).isEmpty();
    ConsumerRecord<String, String> event = changesOf(institution.getId(), 3).get(2);
    EventSchemaAssert.assertConforms(event.value(), InstitutionChanged.TYPE);
    assertThat(JSON.readTree(event.value()).path("data").path("agreement").path("state").asText())
        .isEqualTo("SUSPENDED");
  }

  @Test
  void shouldAnswerAgreementCoverageOfRegionSubtreeAnd404ForForeignRegion() throws Exception {
    // KPI: share of designated institutions under a current agreement, by region subtree
    api(CITY_ADMIN)
        .registerInstitution(hospital("990105").agreementSignedOn(LocalDate.of(2024, 1, 1)), null);
    api(CITY_ADMIN)
        .registerInstitution(pharmacy("990105").agreementSignedOn(LocalDate.of(2024, 1, 1)), null);
    api(CITY_ADMIN).registerInstitution(hospital("990105").agreementSignedOn(null), null);

    org.ybjg.registry.client.model.AgreementCoverage county =
        api(CITY_ADMIN).getAgreementCoverage("990105");
    assertThat(county.getRegionCode()).isEqualTo("990105");
    assertThat(county.getDesignated()).isEqualTo(3L);
    assertThat(county.getUnderAgreement()).isEqualTo(2L);
    assertThat(county.getNone()).isEqualTo(1L);
    assertThat(county.getShare()).isEqualTo(0.6667);
    org.ybjg.registry.client.model.AgreementCoverage city =
        api(CITY_ADMIN).getAgreementCoverage(null);
    assertThat(city.getRegionCode()).isEqualTo("990100");
    assertThat(city.getDesignated()).isGreaterThanOrEqualTo(3L);

    assertThatThrownBy(() -> api(OTHER_COUNTY_ADMIN).getAgreementCoverage("990105"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 404, "not-found"));
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/api/registry/agreement-coverage")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void shouldListOnlyTheCallersRegionAndItsSubregionsWhenRegionsAreAsked() throws Exception {
    JsonNode city = getJson("/api/registry/regions", CITY_ADMIN);
    List<String> cityCodes = new ArrayList<>();
    city.forEach(region -> cityCodes.add(region.get("code").asText()));
    assertThat(cityCodes)
        .startsWith("990100")
        .contains("990102", "990103", "990104", "990105")
        .doesNotContain("990000", "990200", "990202");
    assertThat(city.get(0).get("levelLabel").asText()).isEqualTo("市");
    assertThat(city.get(1).get("parentCode").asText()).isEqualTo("990100");

    JsonNode county = getJson("/api/registry/regions", COUNTY_ADMIN);
    assertThat(county).hasSize(1);
    assertThat(county.get(0).get("code").asText()).isEqualTo("990102");
    assertThat(county.get(0).get("level").asText()).isEqualTo("COUNTY");

    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/api/registry/regions")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void shouldSignThenTerminateAgreementAndAnswer409OnInvalidTransition() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN).registerInstitution(hospital("990102").agreementSignedOn(null), null);

    Institution signed =
        api(COUNTY_ADMIN)
            .changeAgreement(
                institution.getId(),
                new org.ybjg.registry.client.model.AgreementAction()
                    .action(org.ybjg.registry.client.model.AgreementAction.ActionEnum.SIGN)
                    .effectiveOn(today)
                    .reason("评估通过"));
    assertThat(signed.getAgreement().getState()).isEqualTo(AgreementState.ACTIVE);
    assertThat(signed.getVersion()).isEqualTo(2L);

    assertThatThrownBy(
            () ->
                api(COUNTY_ADMIN)
                    .changeAgreement(
                        institution.getId(),
                        new org.ybjg.registry.client.model.AgreementAction()
                            .action(org.ybjg.registry.client.model.AgreementAction.ActionEnum.SIGN)
                            .effectiveOn(today)))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertProblem(e, 409, "agreement-transition-rejected"));
    assertThatThrownBy(
            () ->
                api(OTHER_COUNTY_ADMIN)
                    .changeAgreement(
                        institution.getId(),
                        new org.ybjg.registry.client.model.AgreementAction()
                            .action(
                                org.ybjg.registry.client.model.AgreementAction.ActionEnum.TERMINATE)
                            .effectiveOn(today)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertProblem(e, 404, "not-found"));

    Institution ended =
        api(COUNTY_ADMIN)
            .changeAgreement(
                institution.getId(),
                new org.ybjg.registry.client.model.AgreementAction()
                    .action(org.ybjg.registry.client.model.AgreementAction.ActionEnum.TERMINATE)
                    .effectiveOn(today));
    assertThat(ended.getAgreement().getState()).isEqualTo(AgreementState.TERMINATED);
    assertThat(ended.getVersion()).isEqualTo(3L);
    ConsumerRecord<String, String> event = changesOf(institution.getId(), 3).get(2);
    EventSchemaAssert.assertConforms(event.value(), InstitutionChanged.TYPE);
    assertThat(JSON.readTree(event.value()).path("data").path("change").path("kind").asText())
        .isEqualTo("AGREEMENT_TERMINATED");
  }

  // --- credit -------------------------------------------------------------------------

  @Test
  void shouldRecordCreditOnceGradeAndPublishItWhenTheSameDecisionArrivesTwice() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN)
            .registerInstitution(
                hospital("990102").agreementSignedOn(LocalDate.of(2024, 1, 1)), null);
    changesOf(institution.getId(), 1);
    String caseId = "case-" + UUID.randomUUID();
    EventEnvelope recorded =
        events.envelope(
            DECISION_ISSUED,
            caseId,
            new DecisionIssued(
                caseId,
                "990102医保决〔2026〕7号",
                institution.getId(),
                "990102",
                List.of(),
                new BigDecimal("12000.00"),
                today,
                "city-admin",
                "GENERAL_VIOLATION",
                new BigDecimal("6000.00"),
                new BigDecimal("6000.00"),
                "38",
                "RECORD",
                false));
    String message = events.serialize(recorded);

    kafka.send(CaseTopics.EVENTS, institution.getId(), message);
    await()
        .atMost(EVENTUALLY)
        .until(() -> processedEvents(institution.getId()).contains(recorded.id()));
    kafka.send(CaseTopics.EVENTS, institution.getId(), message);
    awaitConsumerCaughtUp();
    awaitOutboxDrained(institution.getId());

    JsonNode file =
        getJson("/api/registry/institutions/" + institution.getId() + "/credit", COUNTY_ADMIN);
    assertThat(file.path("grade").asText()).isEqualTo("B");
    assertThat(file.path("records")).hasSize(1);
    assertThat(file.path("records").get(0).path("severityLabel").asText()).isEqualTo("失信记录");
    Institution graded = api(COUNTY_ADMIN).getInstitution(institution.getId());
    assertThat(graded.getHistory())
        .extracting(entry -> entry.getKind())
        .containsExactly("REGISTERED", "CREDIT_RECORDED");
    List<ConsumerRecord<String, String>> changes = changesOf(institution.getId(), 2);
    assertThat(
            kafka.readContaining(
                RegistryTopics.INSTITUTIONS, institution.getId(), 3, Duration.ofSeconds(2)))
        .hasSize(2);
    EventSchemaAssert.assertConforms(changes.get(1).value(), InstitutionChanged.TYPE);
    assertThat(JSON.readTree(changes.get(1).value()).path("data").path("creditGrade").asText())
        .isEqualTo("B");
    assertThat(
            getJson("/api/registry/credit-lists/RED?regionCode=990102&size=200", COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("institutionId"))
        .doesNotContain(institution.getId());

    assertThat(
            get("/api/registry/institutions/" + institution.getId() + "/credit", OTHER_COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void shouldBlackListSeriousCreditUntilRepairedWithAReason() throws Exception {
    Institution institution =
        api(COUNTY_ADMIN)
            .registerInstitution(
                hospital("990102").agreementSignedOn(LocalDate.of(2024, 1, 1)), null);
    String caseId = "case-" + UUID.randomUUID();
    // an older decision without creditConsequence: fraud counts as serious
    EventEnvelope fraud =
        events.envelope(
            DECISION_ISSUED,
            caseId,
            new DecisionIssued(
                caseId,
                "990102医保决〔2026〕8号",
                institution.getId(),
                "990102",
                List.of(),
                new BigDecimal("30000.00"),
                today,
                "city-admin",
                "FRAUD",
                new BigDecimal("10000.00")));
    kafka.send(CaseTopics.EVENTS, institution.getId(), events.serialize(fraud));
    await()
        .atMost(EVENTUALLY)
        .until(() -> processedEvents(institution.getId()).contains(fraud.id()));

    assertThat(
            getJson("/api/registry/institutions/" + institution.getId() + "/credit", COUNTY_ADMIN)
                .path("grade")
                .asText())
        .isEqualTo("E");
    assertThat(
            getJson("/api/registry/credit-lists/BLACK?size=200", CITY_ADMIN)
                .path("items")
                .findValuesAsText("institutionId"))
        .contains(institution.getId());
    assertThat(
            getJson("/api/registry/credit-lists/BLACK?size=200", OTHER_COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("institutionId"))
        .doesNotContain(institution.getId());

    String path = "/api/registry/institutions/" + institution.getId() + "/credit-repairs";
    // docs/law.md#credit-and-rewards: credit repair only after rectification — the case is not
    // closed yet: 422, nothing written
    long versionBefore = api(COUNTY_ADMIN).getInstitution(institution.getId()).getVersion();
    HttpResponse<String> early =
        postJson(path, "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}", COUNTY_ADMIN);
    assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
    assertThat(JSON.readTree(early.body()).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/credit-not-rectified");
    assertThat(JSON.readTree(early.body()).path("detail").asText()).contains(caseId);
    assertThat(api(COUNTY_ADMIN).getInstitution(institution.getId()).getVersion())
        .isEqualTo(versionBefore);

    // a dismissed closure (撤销案件) rectifies nothing
    EventEnvelope dismissed =
        events.envelope(
            CASE_CLOSED,
            caseId,
            new CaseClosed(
                caseId, institution.getId(), "990102", "DISMISSED", null, today, "撤销案件（演示）"));
    EventSchemaAssert.assertConforms(events.serialize(dismissed), CaseClosed.TYPE);
    kafka.send(CaseTopics.EVENTS, institution.getId(), events.serialize(dismissed));
    awaitConsumerCaughtUp();
    assertThat(api(COUNTY_ADMIN).getInstitution(institution.getId()).getVersion())
        .isEqualTo(versionBefore);
    assertThat(
            postJson(path, "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}", COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(422);

    // closed as executed and rectified (整改结案), delivered twice: recorded once
    EventEnvelope concluded =
        events.envelope(
            CASE_CLOSED,
            caseId,
            new CaseClosed(
                caseId,
                institution.getId(),
                "990102",
                "CONCLUDED",
                "990102医保决〔2026〕8号",
                today,
                null));
    String closure = events.serialize(concluded);
    EventSchemaAssert.assertConforms(closure, CaseClosed.TYPE);
    kafka.send(CaseTopics.EVENTS, institution.getId(), closure);
    await()
        .atMost(EVENTUALLY)
        .until(() -> processedEvents(institution.getId()).contains(concluded.id()));
    kafka.send(CaseTopics.EVENTS, institution.getId(), closure);
    awaitConsumerCaughtUp();
    Institution rectified = api(COUNTY_ADMIN).getInstitution(institution.getId());
    assertThat(rectified.getVersion()).isEqualTo(versionBefore + 1);
    assertThat(rectified.getHistory())
        .extracting(entry -> entry.getKind())
        .containsOnlyOnce("CASE_RECTIFIED");
    assertThat(rectified.getHistory().get(rectified.getHistory().size() - 1).getKindLabel())
        .isEqualTo("整改结案");
    JsonNode rectifiedFile =
        getJson("/api/registry/institutions/" + institution.getId() + "/credit", COUNTY_ADMIN);
    assertThat(rectifiedFile.path("grade").asText())
        .as("rectification alone does not regrade")
        .isEqualTo("E");
    assertThat(rectifiedFile.path("records").get(0).path("rectifiedOn").asText())
        .isEqualTo(today.toString());

    assertThat(
            postJson(path, "{\"caseId\":\"" + caseId + "\",\"reason\":\"\"}", COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            postJson(path, "{\"caseId\":\"nope\",\"reason\":\"整改到位\"}", COUNTY_ADMIN).statusCode())
        .isEqualTo(422);
    assertThat(
            postJson(path, "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}", AUDITOR)
                .statusCode())
        .isEqualTo(403);
    // credit repair is for administrators: no other role of the county, even once rectified
    for (String role : List.of("INSPECTOR", "EXPERT", "API_CLIENT", "INSTITUTION_USER")) {
      HttpResponse<String> refused =
          postJson(
              path,
              "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}",
              TOKENS.bearer("not-an-admin", "990102", role));
      assertThat(refused.statusCode()).as(role + ": " + refused.body()).isEqualTo(403);
    }
    assertThat(api(COUNTY_ADMIN).getInstitution(institution.getId()).getVersion())
        .isEqualTo(versionBefore + 1);
    assertThat(
            postJson(
                    path, "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}", OTHER_COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> repaired =
        postJson(
            path,
            "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位，违规资金已全部退回（演示）\"}",
            COUNTY_ADMIN);
    assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
    JsonNode file = JSON.readTree(repaired.body());
    assertThat(file.path("grade").asText()).isEqualTo("A");
    assertThat(file.path("records").get(0).path("repaired").asBoolean()).isTrue();
    assertThat(file.path("records").get(0).path("repairReason").asText())
        .isEqualTo("整改到位，违规资金已全部退回（演示）");
    assertThat(
            postJson(path, "{\"caseId\":\"" + caseId + "\",\"reason\":\"再次\"}", COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(409);
    assertThat(
            getJson("/api/registry/credit-lists/RED?size=200", COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("institutionId"))
        .contains(institution.getId());
    assertThat(get("/api/registry/credit-lists/GREEN", COUNTY_ADMIN).statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> postJson(String path, String json, String bearer) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String path, String bearer) throws Exception {
    HttpResponse<String> response = get(path, bearer);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  // --- helpers
  // ------------------------------------------------------------------------------------------------

  private InstitutionsApi api(String bearer) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);
    client.setRequestInterceptor(request -> request.header("Authorization", bearer));
    return new InstitutionsApi(client);
  }

  private static RegisterInstitutionRequest hospital(String countyCode) {
    int n = SEQUENCE.incrementAndGet();
    return new RegisterInstitutionRequest()
        .nationalCode(
            "H"
                + countyCode
                + String.format("%05d", n)
                + UUID.randomUUID()
                    .toString()
                    .substring(0, 4)
                    .toUpperCase()
                    .replaceAll("[^A-Z0-9]", "0"))
        .name("测试第" + n + "人民医院（演示）")
        .type(InstitutionType.MEDICAL_INSTITUTION)
        .level(InstitutionLevel.TERTIARY)
        .ownership(Ownership.PUBLIC)
        .countyCode(countyCode);
  }

  private static RegisterInstitutionRequest pharmacy(String countyCode) {
    return hospital(countyCode)
        .nationalCode(
            "P" + UUID.randomUUID().toString().replace("-", "").toUpperCase().substring(0, 20))
        .name("测试大药房" + SEQUENCE.incrementAndGet() + "（演示）")
        .type(InstitutionType.PHARMACY)
        .level(InstitutionLevel.OUTPATIENT_COVERAGE)
        .ownership(Ownership.PRIVATE);
  }

  private EventEnvelope envelope(
      String caseId, String institutionId, DecisionIssued.Measure... measures) {
    String decisionNumber = "演示医保罚〔2025〕" + Math.floorMod(caseId.hashCode(), 1000) + "号";
    // the agreement tests use decisions the case service assessed as without credit consequence
    // (NONE);
    // credit has its own tests below
    return events.envelope(
        DECISION_ISSUED,
        caseId,
        new DecisionIssued(
            caseId,
            decisionNumber,
            institutionId,
            "990102",
            List.of(measures),
            new BigDecimal("12000.00"),
            today,
            "city-admin",
            "GENERAL_VIOLATION",
            new BigDecimal("6000.00"),
            new BigDecimal("6000.00"),
            "38",
            "NONE",
            false));
  }

  private String decision(String caseId, String institutionId, DecisionIssued.Measure... measures) {
    return events.serialize(envelope(caseId, institutionId, measures));
  }

  private List<ConsumerRecord<String, String>> changesOf(String institutionId, int atLeast) {
    List<ConsumerRecord<String, String>> records =
        kafka.readContaining(
            RegistryTopics.INSTITUTIONS,
            "\"institutionId\":\"" + institutionId + "\"",
            atLeast,
            EVENTUALLY);
    assertThat(records)
        .as("institution-changed events of %s", institutionId)
        .hasSizeGreaterThanOrEqualTo(atLeast);
    return records;
  }

  private long documents() {
    return mongo.count(new Query(), Institutions.COLLECTION);
  }

  @SuppressWarnings("unchecked")
  private List<String> processedEvents(String institutionId) {
    Document document = mongo.findById(institutionId, Document.class, Institutions.COLLECTION);
    return document == null
        ? List.of()
        : document.getList("processedEvents", String.class, List.of());
  }

  private void awaitOutboxDrained(String institutionId) {
    await()
        .atMost(EVENTUALLY)
        .until(
            () -> {
              Document document =
                  mongo.findById(institutionId, Document.class, Institutions.COLLECTION);
              return document != null
                  && document.getList("outbox", Document.class, List.of()).isEmpty();
            });
  }

  /** Waits until the registry's consumer group has committed everything on case.events.v1. */
  private void awaitConsumerCaughtUp() {
    try (Admin admin =
        Admin.create(
            Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().bootstrapServers()))) {
      await()
          .atMost(EVENTUALLY)
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                IntStream.range(0, 3)
                    .forEach(
                        p ->
                            latest.put(
                                new TopicPartition(CaseTopics.EVENTS, p), OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin
                        .listConsumerGroupOffsets("institution-registry")
                        .partitionsToOffsetAndMetadata()
                        .get();
                return ends.entrySet().stream()
                    .allMatch(
                        end ->
                            end.getValue().offset() == 0
                                || committed.get(end.getKey()) != null
                                    && committed.get(end.getKey()).offset()
                                        >= end.getValue().offset());
              });
    }
  }

  private JsonNode assertProblem(ApiException e, int status, String type) {
    assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
    try {
      JsonNode problem = JSON.readTree(e.getResponseBody());
      assertThat(problem.path("type").asText()).isEqualTo("https://ybjg.org/problems/" + type);
      assertThat(problem.path("status").asInt()).isEqualTo(status);
      return problem;
    } catch (IOException io) {
      throw new AssertionError(io);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> post(String body, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/registry/institutions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", bearer).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
