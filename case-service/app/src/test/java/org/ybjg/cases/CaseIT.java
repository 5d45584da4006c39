package org.ybjg.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.client.CasesApi;
import org.ybjg.cases.client.DecisionsApi;
import org.ybjg.cases.client.invoker.ApiClient;
import org.ybjg.cases.client.invoker.ApiException;
import org.ybjg.cases.client.invoker.ApiResponse;
import org.ybjg.cases.client.model.CasePage;
import org.ybjg.cases.client.model.CaseStatus;
import org.ybjg.cases.client.model.DecisionRequest;
import org.ybjg.cases.client.model.HistoryKind;
import org.ybjg.cases.client.model.MeasureKind;
import org.ybjg.cases.client.model.MeasureRequest;
import org.ybjg.cases.client.model.ModelCase;
import org.ybjg.cases.client.model.Ownership;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.cases.institution.Institutions;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;

/**
 * The case service over HTTP and Kafka, on the real broker and the MongoDB-wire server of the test
 * infrastructure. Input events are built with the chassis {@link Events} bean, exactly as producers build them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseIT {

  private static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  private static final String COUNTY_ADMIN = TOKENS.bearer("county-admin", "990102", "COUNTY_ADMIN");
  private static final String OTHER_COUNTY_ADMIN = TOKENS.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  private static final String PROVINCE_ADMIN = TOKENS.bearer("province-admin", "990000", "PROVINCE_ADMIN");
  private static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  private static final String AUDITOR = TOKENS.bearer("auditor", "990000", "AUDITOR");
  private static final String INSTITUTION_USER = TOKENS.bearer("hospital-clerk", "990102", "INSTITUTION_USER");
  private static final String GROUP = "case-service";
  private static final Duration EVENTUALLY = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Admin kafkaAdmin;

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "cases-it");
  }

  @LocalServerPort
  int port;
  @Autowired
  Events events;
  @Autowired
  MongoTemplate mongo;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private RestClient http;

  @BeforeAll
  static void connectAdmin() {
    kafkaAdmin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        TestInfrastructure.get().bootstrapServers()));
  }

  @AfterAll
  static void closeAdmin() {
    kafkaAdmin.close();
  }

  @BeforeEach
  void client() {
    http = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
        .build();
  }

  // ---- consuming findings -------------------------------------------------------------------------------

  @Test
  void shouldOpenCaseVisibleInItsCountyOnlyWhenFindingRecorded() throws Exception {
    FindingRecorded finding = finding(Ids.next(), "990102", "PUBLIC");
    String caseId = CaseFile.idForFinding(finding.findingId());

    send(finding);

    ModelCase opened = awaitCase(caseId);
    assertThat(opened.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.getStatusLabel()).isEqualTo("已立案");
    assertThat(opened.getOrigin().getValue()).isEqualTo("INSPECTION_FINDING");
    assertThat(opened.getOriginLabel()).isEqualTo("检查发现");
    assertThat(opened.getFindingId()).isEqualTo(finding.findingId());
    assertThat(opened.getInstitutionId()).isEqualTo(finding.institutionId());
    assertThat(opened.getInstitutionName()).isEqualTo(finding.institutionName());
    assertThat(opened.getOwnership()).isEqualTo(Ownership.PUBLIC);
    assertThat(opened.getOwnershipLabel()).isEqualTo("公立");
    assertThat(opened.getCountyCode()).isEqualTo("990102");
    assertThat(opened.getCategory().getValue()).isEqualTo("GENERAL_VIOLATION");
    assertThat(opened.getCategoryLabel()).isEqualTo("一般违规");
    assertThat(opened.getImproperAmount()).isEqualByComparingTo("12800.50");
    assertThat(opened.getVersion()).isEqualTo(1L);
    assertThat(opened.getDecision()).isNull();
    assertThat(opened.getHistory()).singleElement().satisfies(step -> {
      assertThat(step.getKind()).isEqualTo(HistoryKind.OPENED);
      assertThat(step.getKindLabel()).isEqualTo("立案");
      assertThat(step.getBy()).isEqualTo("system");
    });
    ApiResponse<ModelCase> withHeaders = cases(COUNTY_ADMIN).getCaseWithHttpInfo(caseId);
    assertThat(withHeaders.getHeaders().get("etag")).containsExactly("\"1\"");

    // the county and the city above it see it; the neighbouring county learns nothing
    assertThat(cases(COUNTY_ADMIN).listCases(finding.institutionId(), null, null, null, null).getItems())
        .extracting(ModelCase::getId).containsExactly(caseId);
    assertThat(cases(CITY_ADMIN).listCases(finding.institutionId(), "990102", CaseStatus.OPEN, 0, 200).getTotal())
        .isEqualTo(1);
    assertThatThrownBy(() -> cases(OTHER_COUNTY_ADMIN).getCase(caseId))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    CasePage neighbours = cases(OTHER_COUNTY_ADMIN).listCases(finding.institutionId(), null, null, null, null);
    assertThat(neighbours.getItems()).isEmpty();
    assertThat(neighbours.getTotal()).isZero();
    assertThat(get("/api/cases/cases?countyCode=990102", OTHER_COUNTY_ADMIN).getStatusCode().value()).isEqualTo(404);

    // and case.opened.v1 went out, keyed by institution, conforming to its schema
    ConsumerRecord<String, String> published = awaitEvent(CaseOpened.TYPE, caseId);
    assertThat(published.key()).isEqualTo(finding.institutionId());
    EventSchemaAssert.assertConforms(published.value(), CaseOpened.TYPE);
    JsonNode data = JSON.readTree(published.value()).path("data");
    assertThat(data.path("caseId").asText()).isEqualTo(caseId);
    assertThat(data.path("findingId").asText()).isEqualTo(finding.findingId());
    assertThat(data.path("origin").asText()).isEqualTo("INSPECTION_FINDING");
  }

  @Test
  void shouldOpenOneCaseAndPublishOnceWhenTheSameFindingIsDeliveredTwice() throws Exception {
    FindingRecorded finding = finding(Ids.next(), "990102", "PUBLIC");
    String caseId = CaseFile.idForFinding(finding.findingId());
    String envelope = envelopeOf(finding);

    kafka.send(InspectionTopics.EVENTS, finding.institutionId(), envelope);
    kafka.send(InspectionTopics.EVENTS, finding.institutionId(), envelope);

    awaitCase(caseId);
    awaitConsumed(InspectionTopics.EVENTS);
    awaitOutboxDrained(caseId);
    assertThat(cases(COUNTY_ADMIN).listCases(finding.institutionId(), null, null, null, null).getTotal())
        .isEqualTo(1);
    Document stored = mongo.findById(caseId, Document.class, CaseFiles.COLLECTION);
    assertThat(stored.getLong("version")).isEqualTo(1L);
    assertThat(stored.getList(AggregateStore.PROCESSED_EVENTS, String.class)).hasSize(1);
    assertThat(stored.get("improperAmount")).as("money as Decimal128").isEqualTo(Decimal128.parse("12800.50"));
    assertThat(stored.get("openedOn")).as("dates as BSON dates").isInstanceOf(java.util.Date.class);
    assertThat(eventsOf(CaseOpened.TYPE, caseId)).hasSize(1);
  }

  @Test
  void shouldDeadLetterPoisonAndOpenTheNextCaseWhenGarbageArrives() throws Exception {
    String institutionId = Ids.next();
    String garbage = "not an event at all " + UUID.randomUUID() + " {";
    FindingRecorded next = finding(institutionId, "990102", "PUBLIC");

    kafka.send(InspectionTopics.EVENTS, institutionId, garbage);
    send(next);

    awaitCase(CaseFile.idForFinding(next.findingId()));
    assertThat(kafka.readContaining(InspectionTopics.EVENTS + ".DLT", garbage, 1, EVENTUALLY)).hasSize(1);
  }

  @Test
  void shouldTakeOwnershipFromRegistryReplicaWhenFindingSaysOtherwise() throws Exception {
    String institutionId = Ids.next();
    String registryMessage = registryMessage(institutionId, 2, "PRIVATE");

    kafka.send(RegistryTopics.INSTITUTIONS, institutionId, registryMessage);
    kafka.send(RegistryTopics.INSTITUTIONS, institutionId, registryMessage(institutionId, 1, "PUBLIC"));
    kafka.send(RegistryTopics.INSTITUTIONS, institutionId, registryMessage);
    awaitConsumed(RegistryTopics.INSTITUTIONS);

    Document replica = mongo.findById(institutionId, Document.class, Institutions.COLLECTION);
    assertThat(replica.getLong("version")).as("an older or repeated state changes nothing").isEqualTo(2L);
    assertThat(replica.getString("ownership")).isEqualTo("PRIVATE");

    FindingRecorded finding = finding(institutionId, "990102", "PUBLIC");
    send(finding);
    ModelCase opened = awaitCase(CaseFile.idForFinding(finding.findingId()));
    assertThat(opened.getOwnership()).isEqualTo(Ownership.PRIVATE);
    assertThat(opened.getOwnershipLabel()).isEqualTo("民营/个体");
  }

  // ---- issuing the decision -------------------------------------------------------------------------

  @Test
  void shouldIssueNumberedDecisionAndPublishItWhenCountyAdminSuspends() throws Exception {
    ModelCase opened = openCase("990102");

    ModelCase decided = decisions(COUNTY_ADMIN).issueDecision(opened.getId(), new DecisionRequest()
        .measures(List.of(new MeasureRequest().kind(MeasureKind.SUSPEND_AGREEMENT).months(6)
            .from(LocalDate.of(2026, 3, 1)).departments(List.of("骨科", "康复医学科"))))
        .fineAmount(new BigDecimal("25000.5"))
        .basis("《医疗保障基金使用监督管理条例》第三十八条"), "\"1\"");

    assertThat(decided.getStatus()).isEqualTo(CaseStatus.DECIDED);
    assertThat(decided.getStatusLabel()).isEqualTo("已决定");
    assertThat(decided.getVersion()).isEqualTo(2L);
    assertThat(decided.getDecision().getDecisionNumber()).matches("990102医保决〔\\d{4}〕[1-9]\\d*号");
    assertThat(decided.getDecision().getMeasures()).singleElement().satisfies(m -> {
      assertThat(m.getKind()).isEqualTo(MeasureKind.SUSPEND_AGREEMENT);
      assertThat(m.getKindLabel()).isEqualTo("暂停医保服务协议");
      assertThat(m.getMonths()).isEqualTo(6);
      assertThat(m.getFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
      assertThat(m.getUntil()).isEqualTo(LocalDate.of(2026, 8, 31));
      assertThat(m.getDepartments()).containsExactly("骨科", "康复医学科");
    });
    assertThat(decided.getDecision().getFineAmount()).isEqualByComparingTo("25000.50");
    assertThat(decided.getDecision().getDecidedBy()).isEqualTo("county-admin");
    assertThat(decided.getHistory()).extracting(h -> h.getKind())
        .containsExactly(HistoryKind.OPENED, HistoryKind.DECISION_ISSUED);
    assertThat(cases(COUNTY_ADMIN).getCase(opened.getId())).isEqualTo(decided);

    ConsumerRecord<String, String> published = awaitEvent(DecisionIssued.TYPE, opened.getId());
    assertThat(published.key()).isEqualTo(opened.getInstitutionId());
    EventSchemaAssert.assertConforms(published.value(), DecisionIssued.TYPE);
    JsonNode data = JSON.readTree(published.value()).path("data");
    assertThat(data.path("decisionNumber").asText()).isEqualTo(decided.getDecision().getDecisionNumber());
    assertThat(data.path("fineAmount").asText()).isEqualTo("25000.50");
    JsonNode measure = data.path("measures").path(0);
    assertThat(measure.path("kind").asText()).isEqualTo("SUSPEND_AGREEMENT");
    assertThat(measure.path("months").asInt()).isEqualTo(6);
    assertThat(measure.path("from").asText()).isEqualTo("2026-03-01");
    assertThat(measure.path("until").asText()).isEqualTo("2026-08-31");
    assertThat(measure.path("departments").toString()).isEqualTo("[\"骨科\",\"康复医学科\"]");

    // a second decision on the same case is refused and writes nothing
    ResponseEntity<String> second = post(opened.getId(), """
        {"measures":[{"kind":"TERMINATE_AGREEMENT"}]}""", COUNTY_ADMIN, null);
    assertThat(second.getStatusCode().value()).isEqualTo(409);
    assertThat(problem(second).path("type").asText()).endsWith("/already-decided");
    assertThat(cases(COUNTY_ADMIN).getCase(opened.getId())).isEqualTo(decided);
    awaitOutboxDrained(opened.getId());
    assertThat(eventsOf(DecisionIssued.TYPE, opened.getId())).hasSize(1);
  }

  @Test
  void shouldNumberDecisionsWithoutGapsWhenACountyDecidesSeveralCases() throws Exception {
    ModelCase first = openCase("990105");
    ModelCase second = openCase("990105");
    int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

    ModelCase firstDecided = decisions(CITY_ADMIN).issueDecision(first.getId(), new DecisionRequest()
        .measures(List.of(new MeasureRequest().kind(MeasureKind.TERMINATE_AGREEMENT))), "*");
    ResponseEntity<String> refused = post(second.getId(), """
        {"measures":[{"kind":"SUSPEND_AGREEMENT","months":13,"from":"2026-03-01"}]}""", CITY_ADMIN, null);
    ModelCase secondDecided = decisions(CITY_ADMIN).issueDecision(second.getId(), new DecisionRequest()
        .fineAmount(new BigDecimal("3000")), null);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(firstDecided.getDecision().getDecisionNumber()).isEqualTo("990105医保决〔" + year + "〕1号");
    assertThat(secondDecided.getDecision().getDecisionNumber()).isEqualTo("990105医保决〔" + year + "〕2号");
    assertThat(firstDecided.getDecision().getMeasures()).singleElement().satisfies(m -> {
      assertThat(m.getKindLabel()).isEqualTo("解除医保服务协议");
      assertThat(m.getMonths()).isNull();
    });
    assertThat(secondDecided.getDecision().getFineAmount()).isEqualByComparingTo("3000.00");
  }

  /** The unique (issuer, year, sequence) index refuses a taken number; the loser numbers again. */
  @Test
  void shouldGiveDistinctConsecutiveNumbersWhenDecisionsRaceInOneCounty() throws Exception {
    List<FindingRecorded> findings = IntStream.range(0, 4).mapToObj(i -> finding(Ids.next(), "990104", "PRIVATE"))
        .toList();
    findings.forEach(this::send);
    List<String> caseIds = findings.stream().map(f -> CaseFile.idForFinding(f.findingId())).toList();
    caseIds.forEach(this::awaitCase);
    int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(caseIds.size());
    try {
      List<java.util.concurrent.Future<ModelCase>> decided = pool.invokeAll(caseIds.stream()
          .map(id -> (java.util.concurrent.Callable<ModelCase>) () -> decisions(CITY_ADMIN).issueDecision(id,
              new DecisionRequest().fineAmount(new BigDecimal("1000.00")), null))
          .toList());
      List<String> numbers = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<ModelCase> result : decided) {
        numbers.add(result.get().getDecision().getDecisionNumber());
      }
      assertThat(numbers).containsExactlyInAnyOrder(IntStream.rangeClosed(1, caseIds.size())
          .mapToObj(n -> "990104医保决〔" + year + "〕" + n + "号").toArray(String[]::new));
    } finally {
      pool.shutdownNow();
    }
  }

  /** 《医疗保障基金使用监督管理条例》 arts. 38 and 40: a suspension lasts six months to one year. */
  @Test
  void shouldRefuseSuspensionOfThirteenMonthsAndWriteNothing() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> response = post(opened.getId(), """
        {"measures":[{"kind":"SUSPEND_AGREEMENT","months":13,"from":"2026-03-01"}]}""", COUNTY_ADMIN, "\"1\"");

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = problem(response);
    assertThat(problem.path("type").asText()).endsWith("/measure-months-out-of-range");
    assertThat(problem.path("violations").path(0).path("field").asText()).isEqualTo("measures[0].months");
    assertThat(problem.path("violations").path(0).path("message").asText()).contains("6 to 12", "38, 40");
    assertUnchanged(opened);
  }

  @Test
  void shouldRefuseStaleIfMatchWithConcurrentChange() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> response = post(opened.getId(), suspensionOfSixMonths(), COUNTY_ADMIN, "\"7\"");

    assertThat(response.getStatusCode().value()).isEqualTo(409);
    assertThat(problem(response).path("type").asText()).endsWith("/concurrent-change");
    assertUnchanged(opened);
  }

  @Test
  void shouldAnswerBadRequestWithViolationsWhenInputIsMalformed() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> negativeFine = post(opened.getId(), """
        {"measures":[],"fineAmount":-1}""", COUNTY_ADMIN, null);
    ResponseEntity<String> noKind = post(opened.getId(), """
        {"measures":[{"months":6,"from":"2026-03-01"}]}""", COUNTY_ADMIN, null);
    ResponseEntity<String> badIfMatch = post(opened.getId(), suspensionOfSixMonths(), COUNTY_ADMIN, "yesterday");
    ResponseEntity<String> tooManyFractions = post(opened.getId(), """
        {"measures":[],"fineAmount":100.001}""", COUNTY_ADMIN, null);

    assertThat(negativeFine.getStatusCode().value()).isEqualTo(400);
    assertThat(problem(negativeFine).path("violations").path(0).path("field").asText()).isEqualTo("fineAmount");
    assertThat(noKind.getStatusCode().value()).isEqualTo(400);
    assertThat(problem(noKind).path("violations").toString()).contains("measures[0].kind");
    assertThat(badIfMatch.getStatusCode().value()).isEqualTo(400);
    assertThat(tooManyFractions.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(tooManyFractions).path("violations").path(0).path("field").asText()).isEqualTo("fineAmount");
    assertThat(get("/api/cases/cases?size=201", COUNTY_ADMIN).getStatusCode().value()).isEqualTo(400);
    assertThat(get("/api/cases/cases?status=CLOSED", COUNTY_ADMIN).getStatusCode().value()).isEqualTo(400);
    assertUnchanged(opened);
  }

  // ---- who may do what ------------------------------------------------------------------------------

  @Test
  void shouldAnswerNotFoundWhenNeighbouringCountyDecides() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> response = post(opened.getId(), suspensionOfSixMonths(), OTHER_COUNTY_ADMIN, null);

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertUnchanged(opened);
  }

  @Test
  void shouldAnswerForbiddenWhenAuditorDecidesOrInstitutionReads() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> auditorWrites = post(opened.getId(), suspensionOfSixMonths(), AUDITOR, null);

    assertThat(auditorWrites.getStatusCode().value()).isEqualTo(403);
    assertThat(problem(auditorWrites).path("type").asText()).endsWith("/forbidden");
    assertThat(cases(AUDITOR).getCase(opened.getId()).getId()).as("auditors read").isEqualTo(opened.getId());
    assertThat(get("/api/cases/cases/" + opened.getId(), INSTITUTION_USER).getStatusCode().value()).isEqualTo(403);
    assertUnchanged(opened);
  }

  @Test
  void shouldAnswerUnauthorizedWithoutTokenButServeTheContract() throws Exception {
    ModelCase opened = openCase("990102");

    assertThat(get("/api/cases/cases", null).getStatusCode().value()).isEqualTo(401);
    assertThat(get("/api/cases/cases/" + opened.getId(), null).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> write = post(opened.getId(), suspensionOfSixMonths(), null, null);
    assertThat(write.getStatusCode().value()).isEqualTo(401);
    assertThat(problem(write).path("type").asText()).endsWith("/unauthenticated");
    assertUnchanged(opened);

    ResponseEntity<String> contract = get("/api/cases/openapi.yaml", null);
    assertThat(contract.getStatusCode().value()).isEqualTo(200);
    assertThat(contract.getBody()).startsWith("openapi: 3.0.3").contains("/api/cases/cases/{id}/decision", "已立案");
  }

  // ---- helpers --------------------------------------------------------------------------------------

  private static FindingRecorded finding(String institutionId, String county, String ownership) {
    return new FindingRecorded(Ids.next(), institutionId, "示范县人民医院(演示)", ownership, county,
        "GENERAL_VIOLATION", "重复收费、超标准收费(演示)", new BigDecimal("12800.50"), LocalDate.of(2026, 2, 9),
        "inspector");
  }

  private String envelopeOf(FindingRecorded finding) {
    return events.serialize(events.envelope(new EventType(FindingRecorded.TYPE, InspectionTopics.EVENTS),
        finding.findingId(), finding));
  }

  private void send(FindingRecorded finding) {
    kafka.send(InspectionTopics.EVENTS, finding.institutionId(), envelopeOf(finding));
  }

  private String registryMessage(String institutionId, long version, String ownership) {
    InstitutionChanged changed = new InstitutionChanged(institutionId, version, "H9901020" + version,
        "示范县人民医院(演示)", "MEDICAL_INSTITUTION", "SECONDARY", ownership, "990102",
        List.of("990102", "990100", "990000"),
        new InstitutionChanged.Agreement("ACTIVE", LocalDate.of(2025, 1, 1), null, null, List.of(), null), "A",
        new InstitutionChanged.Change("REGISTERED", null, Instant.now()));
    return events.serialize(events.envelope(new EventType(InstitutionChanged.TYPE, RegistryTopics.INSTITUTIONS),
        institutionId, changed));
  }

  private ModelCase openCase(String county) {
    FindingRecorded finding = finding(Ids.next(), county, "PUBLIC");
    send(finding);
    return awaitCase(CaseFile.idForFinding(finding.findingId()));
  }

  private ModelCase awaitCase(String caseId) {
    return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
        .until(() -> cases(PROVINCE_ADMIN).getCase(caseId), found -> found != null);
  }

  private void assertUnchanged(ModelCase opened) throws ApiException {
    ModelCase now = cases(PROVINCE_ADMIN).getCase(opened.getId());
    assertThat(now).isEqualTo(opened);
    assertThat(now.getStatus()).isEqualTo(CaseStatus.OPEN);
    // events leave only through the outbox, written with the case: same version, nothing was stored to publish
    Document stored = mongo.findById(opened.getId(), Document.class, CaseFiles.COLLECTION);
    assertThat(stored.getLong("version")).isEqualTo(opened.getVersion());
    assertThat(stored.getList(AggregateStore.OUTBOX, Document.class, List.of()))
        .noneMatch(entry -> DecisionIssued.TYPE.equals(entry.getString("type")));
  }

  /** Waits until the case's outbox is empty: everything it stored has been published. */
  private void awaitOutboxDrained(String caseId) {
    await().atMost(EVENTUALLY).until(() -> {
      Document stored = mongo.findById(caseId, Document.class, CaseFiles.COLLECTION);
      return stored != null && stored.getList(AggregateStore.OUTBOX, Document.class, List.of()).isEmpty();
    });
  }

  private ConsumerRecord<String, String> awaitEvent(String type, String caseId) {
    List<ConsumerRecord<String, String>> found = kafka.read(CaseTopics.EVENTS, EVENTUALLY,
        records -> records.stream().anyMatch(r -> isEvent(r, type, caseId))).stream()
        .filter(r -> isEvent(r, type, caseId)).toList();
    assertThat(found).as("%s of case %s on %s", type, caseId, CaseTopics.EVENTS).isNotEmpty();
    return found.get(0);
  }

  /** Every published event of this type and case; the outbox must have been drained first. */
  private List<ConsumerRecord<String, String>> eventsOf(String type, String caseId) {
    return kafka.read(CaseTopics.EVENTS, Duration.ofSeconds(2), records -> false).stream()
        .filter(r -> isEvent(r, type, caseId)).toList();
  }

  private static boolean isEvent(ConsumerRecord<String, String> record, String type, String caseId) {
    return record.value() != null && record.value().contains("\"type\":\"" + type + "\"")
        && record.value().contains("\"subject\":\"" + caseId + "\"");
  }

  /** Waits until the service's consumer group has committed everything on {@code topic}. */
  private void awaitConsumed(String topic) {
    List<TopicPartition> partitions = IntStream.range(0, 3).mapToObj(p -> new TopicPartition(topic, p)).toList();
    await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200)).until(() -> {
      Map<TopicPartition, ListOffsetsResultInfo> ends = kafkaAdmin.listOffsets(partitions.stream()
          .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get();
      Map<TopicPartition, OffsetAndMetadata> committed = kafkaAdmin.listConsumerGroupOffsets(GROUP)
          .partitionsToOffsetAndMetadata().get();
      return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
          || committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
    });
  }

  private CasesApi cases(String bearer) {
    return new CasesApi(apiClient(bearer));
  }

  private DecisionsApi decisions(String bearer) {
    return new DecisionsApi(apiClient(bearer));
  }

  private ApiClient apiClient(String bearer) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);
    client.setRequestInterceptor(request -> request.header(HttpHeaders.AUTHORIZATION, bearer));
    return client;
  }

  private static String suspensionOfSixMonths() {
    return """
        {"measures":[{"kind":"SUSPEND_AGREEMENT","months":6,"from":"2026-03-01"}]}""";
  }

  private ResponseEntity<String> get(String path, String bearer) {
    return http.get().uri(path).headers(h -> {
      if (bearer != null) {
        h.set(HttpHeaders.AUTHORIZATION, bearer);
      }
    }).retrieve().toEntity(String.class);
  }

  private ResponseEntity<String> post(String caseId, String body, String bearer, String ifMatch) {
    return http.post().uri("/api/cases/cases/{id}/decision", caseId)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(h -> {
          if (bearer != null) {
            h.set(HttpHeaders.AUTHORIZATION, bearer);
          }
          if (ifMatch != null) {
            h.set(HttpHeaders.IF_MATCH, ifMatch);
          }
        })
        .body(body)
        .retrieve().toEntity(String.class);
  }

  private static JsonNode problem(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }
}
