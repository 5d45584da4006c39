package org.ybjg.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import org.ybjg.reporting.client.CountySummariesApi;
import org.ybjg.reporting.client.invoker.ApiClient;
import org.ybjg.reporting.client.invoker.ApiException;
import org.ybjg.reporting.client.model.CountySummary;
import org.ybjg.reporting.client.model.CountySummaryList;
import org.ybjg.reporting.client.model.RegionTotals;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The reporting service against a real Kafka broker and the Mongo-wire server. Test methods use
 * separate counties (990102 projection, 990104 sentinels, 990105 dead letters), so they do not
 * depend on each other's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "reporting-it");
  }

  @LocalServerPort int port;

  @Autowired Events events;

  @Autowired RegionScope regionScope;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();

  @Test
  void shouldApplyEveryFactOnceWhenEveryEnvelopeIsDeliveredTwiceAndAnOlderVersionComesLast()
      throws Exception {
    String county = "990102";
    String institutionId = Ids.next();
    String findingId = Ids.next();
    String caseId = Ids.next();
    List<String> path = regionScope.pathOf(county);

    EventEnvelope active =
        envelope(
            RegistryTopics.INSTITUTIONS,
            InstitutionChanged.TYPE,
            institutionId,
            EventMother.hospital(institutionId, 1, county, "ACTIVE", path));
    EventEnvelope suspended =
        envelope(
            RegistryTopics.INSTITUTIONS,
            InstitutionChanged.TYPE,
            institutionId,
            EventMother.hospital(institutionId, 2, county, "SUSPENDED", path));
    EventEnvelope finding =
        envelope(
            InspectionTopics.EVENTS,
            FindingRecorded.TYPE,
            findingId,
            EventMother.fraudFinding(findingId, institutionId, county));
    EventEnvelope opened =
        envelope(
            CaseTopics.EVENTS,
            CaseOpened.TYPE,
            caseId,
            EventMother.caseOpened(caseId, findingId, institutionId, county));
    EventEnvelope decision =
        envelope(
            CaseTopics.EVENTS,
            DecisionIssued.TYPE,
            caseId,
            EventMother.suspensionWithFine(caseId, institutionId, county));
    // a different event carrying the older state, arriving after the newer one (e.g. a replay)
    EventEnvelope staleActive =
        envelope(
            RegistryTopics.INSTITUTIONS,
            InstitutionChanged.TYPE,
            institutionId,
            EventMother.hospital(institutionId, 1, county, "ACTIVE", path));

    for (EventEnvelope e : List.of(active, suspended)) {
      sendTwice(RegistryTopics.INSTITUTIONS, institutionId, e);
    }
    sendTwice(InspectionTopics.EVENTS, institutionId, finding);
    sendTwice(CaseTopics.EVENTS, institutionId, opened);
    sendTwice(CaseTopics.EVENTS, institutionId, decision);
    send(RegistryTopics.INSTITUTIONS, institutionId, staleActive);
    awaitSentinelsBehind(institutionId);

    CountySummary summary = api("county-admin", county, "COUNTY_ADMIN").getCountySummary(county);

    assertThat(summary.getCountyCode()).isEqualTo(county);
    assertThat(summary.getCountyName()).isEqualTo("东江市城东区（演示）");
    assertThat(summary.getInstitutions()).isEqualTo(1);
    assertThat(summary.getInstitutionsByType().getMEDICALINSTITUTION()).isEqualTo(1);
    assertThat(summary.getInstitutionsByType().getPHARMACY()).isZero();
    assertThat(summary.getInstitutionTypeLabels().getMEDICALINSTITUTION()).isEqualTo("定点医疗机构");
    assertThat(summary.getAgreementsActive()).isZero();
    assertThat(summary.getAgreementsSuspended()).isEqualTo(1);
    assertThat(summary.getAgreementsTerminated()).isZero();
    assertThat(summary.getFindings()).isEqualTo(1);
    assertThat(summary.getCasesOpened()).isEqualTo(1);
    assertThat(summary.getDecisions()).isEqualTo(1);
    assertThat(summary.getSuspensionsDecided()).isEqualTo(1);
    assertThat(summary.getFinesDecided()).isEqualTo("30000.00");
    assertThat(summary.getAsOf().toInstant()).isEqualTo(decision.time());
  }

  @Test
  void shouldDeadLetterPoisonAndCountTheNextEventWhenCaseTopicCarriesGarbage() throws Exception {
    String county = "990105";
    String institutionId = Ids.next();
    String garbage = "not an event " + UUID.randomUUID();
    String negativeFineCase = Ids.next();
    // well-formed envelope whose payload breaks the producer's schema and a fact rule: poison too
    EventEnvelope negativeFine =
        events.envelope(
            new EventType(DecisionIssued.TYPE, CaseTopics.EVENTS),
            negativeFineCase,
            new DecisionIssued(
                negativeFineCase,
                "示医保罚〔2025〕9号",
                institutionId,
                county,
                List.of(),
                new BigDecimal("-1.00"),
                null,
                "city-admin",
                null,
                null));
    String caseId = Ids.next();
    EventEnvelope opened =
        envelope(
            CaseTopics.EVENTS,
            CaseOpened.TYPE,
            caseId,
            EventMother.caseOpened(caseId, null, institutionId, county));

    kafka.send(CaseTopics.EVENTS, institutionId, garbage);
    kafka.send(CaseTopics.EVENTS, institutionId, events.serialize(negativeFine));
    send(CaseTopics.EVENTS, institutionId, opened);

    CountySummariesApi api = api("province-admin", "990000", "PROVINCE_ADMIN");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertThat(api.getCountySummary(county).getCasesOpened()).isEqualTo(1));
    assertThat(api.getCountySummary(county).getDecisions()).isZero();
    assertThat(kafka.readContaining(CaseTopics.EVENTS + ".DLT", garbage, 1, WAIT)).hasSize(1);
    List<ConsumerRecord<String, String>> rejected =
        kafka.readContaining(CaseTopics.EVENTS + ".DLT", negativeFine.id(), 1, WAIT);
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).key()).isEqualTo(institutionId);
  }

  @Test
  void shouldAnswerNotFoundWhenCountyLiesOutsideCallersRegion() {
    CountySummariesApi otherCounty = api("other-county-admin", "990103", "COUNTY_ADMIN");

    assertThatThrownBy(() -> otherCounty.getCountySummary("990102"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(404);
              assertThat(e.getResponseBody())
                  .contains("https://ybjg.org/problems/not-found")
                  .doesNotContain("东江市城东区");
            });
    assertThatThrownBy(() -> otherCounty.listCountySummaries("990100"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void shouldListOnlyOwnCountyWhenCountyAdminListsCounties() throws Exception {
    CountySummaryList list =
        api("other-county-admin", "990103", "COUNTY_ADMIN").listCountySummaries(null);

    assertThat(list.getItems()).extracting(CountySummary::getCountyCode).containsExactly("990103");
    assertThat(list.getTotals().getRegion()).isEqualTo("990103");
  }

  @Test
  void shouldAnswerNotFoundWhenCodeIsUnknownOrNotACounty() {
    CountySummariesApi province = api("province-admin", "990000", "PROVINCE_ADMIN");

    for (String code : List.of("990199", "990100", "990000")) {
      assertThatThrownBy(() -> province.getCountySummary(code))
          .as(code)
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }
  }

  @Test
  void shouldListEveryCountyOfTheCityWithTotalsWhenCityAdminAsks() throws Exception {
    CountySummaryList list = api("city-admin", "990100", "CITY_ADMIN").listCountySummaries(null);

    assertThat(list.getItems())
        .extracting(CountySummary::getCountyCode)
        .containsExactly("990102", "990103", "990104", "990105");
    RegionTotals totals = list.getTotals();
    assertThat(totals.getRegion()).isEqualTo("990100");
    assertThat(totals.getRegionName()).isEqualTo("示范省东江市（演示）");
    assertThat(totals.getCounties()).isEqualTo(4);
    assertThat(totals.getInstitutions())
        .isEqualTo(list.getItems().stream().mapToLong(CountySummary::getInstitutions).sum());
    assertThat(totals.getFindings())
        .isEqualTo(list.getItems().stream().mapToLong(CountySummary::getFindings).sum());
    assertThat(totals.getCasesOpened())
        .isEqualTo(list.getItems().stream().mapToLong(CountySummary::getCasesOpened).sum());
    assertThat(new BigDecimal(totals.getFinesDecided()))
        .isEqualTo(
            list.getItems().stream()
                .map(item -> new BigDecimal(item.getFinesDecided()))
                .reduce(new BigDecimal("0.00"), BigDecimal::add));
  }

  @Test
  void shouldListCountyLevelCityUnderProvinceWhenProvinceAdminAsks() throws Exception {
    CountySummariesApi province = api("province-admin", "990000", "PROVINCE_ADMIN");

    CountySummaryList all = province.listCountySummaries(null);
    assertThat(all.getItems()).hasSize(13);
    assertThat(all.getItems())
        .extracting(CountySummary::getCountyCode)
        .contains("999001")
        .isSorted();

    CountySummaryList narrowed = province.listCountySummaries("990200");
    assertThat(narrowed.getItems())
        .extracting(CountySummary::getCountyCode)
        .containsExactly("990202", "990203", "990204", "990205");
    assertThat(narrowed.getItems().get(0).getFinesDecided()).isEqualTo("0.00");
    assertThat(narrowed.getItems().get(0).getAsOf()).isNull();
  }

  @Test
  void shouldAnswerProblemWhenRequestIsUnauthenticatedOrInvalid() throws Exception {
    HttpResponse<String> anonymous = get("/api/reports/counties/990102", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

    assertThat(get("/api/reports/counties", null).statusCode()).isEqualTo(401);

    String bearer = TestInfrastructure.get().tokens().bearer("city-admin", "990100", "CITY_ADMIN");
    HttpResponse<String> badCode = get("/api/reports/counties/99010X", bearer);
    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(badCode.body()).contains("invalid-input").contains("countyCode");
    HttpResponse<String> badRegion = get("/api/reports/counties?region=abc", bearer);
    assertThat(badRegion.statusCode()).isEqualTo(400);
    assertThat(badRegion.body()).contains("region");

    String auditor = TestInfrastructure.get().tokens().bearer("auditor", "990000", "AUDITOR");
    assertThat(get("/api/reports/counties/990102", auditor).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldServeTheContractWithoutTokenWhenAskedForOpenApiDocument() throws Exception {
    HttpResponse<String> spec = get("/api/reports/openapi.yaml", null);

    assertThat(spec.statusCode()).isEqualTo(200);
    assertThat(spec.body())
        .contains("openapi: 3.0.3")
        .contains("/api/reports/counties/{countyCode}");
  }

  /**
   * Sends, with the same Kafka keys (so to the same partitions, behind everything sent before), one
   * event per topic about county 990104, and waits until all three are visible: by then every
   * earlier message on those partitions, duplicates included, has been processed.
   */
  private void awaitSentinelsBehind(String key) {
    String county = "990104";
    CountySummariesApi api = api("city-admin", "990100", "CITY_ADMIN");
    CountySummary before =
        await()
            .atMost(WAIT)
            .ignoreExceptions()
            .until(() -> api.getCountySummary(county), summary -> summary != null);
    String institutionId = Ids.next();
    String findingId = Ids.next();
    String caseId = Ids.next();
    send(
        RegistryTopics.INSTITUTIONS,
        key,
        envelope(
            RegistryTopics.INSTITUTIONS,
            InstitutionChanged.TYPE,
            institutionId,
            EventMother.hospital(institutionId, 1, county, "ACTIVE", regionScope.pathOf(county))));
    send(
        InspectionTopics.EVENTS,
        key,
        envelope(
            InspectionTopics.EVENTS,
            FindingRecorded.TYPE,
            findingId,
            EventMother.fraudFinding(findingId, institutionId, county)));
    send(
        CaseTopics.EVENTS,
        key,
        envelope(
            CaseTopics.EVENTS,
            CaseOpened.TYPE,
            caseId,
            EventMother.caseOpened(caseId, findingId, institutionId, county)));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              CountySummary now = api.getCountySummary(county);
              assertThat(now.getInstitutions()).isEqualTo(before.getInstitutions() + 1);
              assertThat(now.getFindings()).isEqualTo(before.getFindings() + 1);
              assertThat(now.getCasesOpened()).isEqualTo(before.getCasesOpened() + 1);
            });
  }

  /**
   * Builds the envelope with the chassis, exactly as a producer does, and checks it against the
   * producer's schema.
   */
  private EventEnvelope envelope(String topic, String type, String subject, Object payload) {
    EventEnvelope envelope = events.envelope(new EventType(type, topic), subject, payload);
    EventSchemaAssert.assertConforms(events.serialize(envelope), type);
    return envelope;
  }

  private void send(String topic, String key, EventEnvelope envelope) {
    kafka.send(topic, key, events.serialize(envelope));
  }

  private void sendTwice(String topic, String key, EventEnvelope envelope) {
    send(topic, key, envelope);
    send(topic, key, envelope);
  }

  private CountySummariesApi api(String username, String region, String... roles) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);
    String bearer = TestInfrastructure.get().tokens().bearer(username, region, roles);
    client.setRequestInterceptor(request -> request.header("Authorization", bearer));
    return new CountySummariesApi(client);
  }

  /**
   * Problem details in Chinese when Accept-Language prefers zh. Reporting refuses nothing by rule
   * or state (it only reads): a county outside the caller's region (404) and a malformed code (400)
   * are its problems.
   */
  @Test
  void shouldAnswerProblemsInChineseWhenZhIsPreferred() throws Exception {
    String otherCounty =
        TestInfrastructure.get().tokens().bearer("other-county-admin", "990103", "COUNTY_ADMIN");

    JsonNode outside =
        new ObjectMapper()
            .readTree(getInChinese("/api/reports/counties/990102", otherCounty).body());
    JsonNode badCode =
        new ObjectMapper()
            .readTree(getInChinese("/api/reports/counties/99010X", otherCounty).body());

    assertThat(outside.path("status").asInt()).isEqualTo(404);
    assertThat(outside.path("title").asText()).isEqualTo("未找到");
    assertThat(outside.path("detail").asText()).isEqualTo("未找到该区划，或该区划不在您的辖区内。");
    assertThat(badCode.path("status").asInt()).isEqualTo(400);
    assertThat(badCode.path("title").asText()).isEqualTo("输入无效");
    assertThat(badCode.path("violations").findValuesAsString("field"))
        .anySatisfy(field -> assertThat(field).endsWith("countyCode"));
    assertThat(badCode.path("violations").findValuesAsString("message"))
        .allSatisfy(message -> assertThat(message).containsPattern("\\p{IsHan}"));
  }

  private HttpResponse<String> getInChinese(String path, String bearer) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", bearer)
                .header("Accept-Language", "zh-CN")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
