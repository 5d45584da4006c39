package org.ybjg.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.inspection.client.DirectoryApi;
import org.ybjg.inspection.client.FindingsApi;
import org.ybjg.inspection.client.InspectorsApi;
import org.ybjg.inspection.client.invoker.ApiClient;
import org.ybjg.inspection.client.invoker.ApiException;
import org.ybjg.inspection.client.model.AgreementState;
import org.ybjg.inspection.client.model.DirectoryPage;
import org.ybjg.inspection.client.model.Finding;
import org.ybjg.inspection.client.model.FindingCategory;
import org.ybjg.inspection.client.model.Inspector;
import org.ybjg.inspection.client.model.InspectorRole;
import org.ybjg.inspection.client.model.InstitutionType;
import org.ybjg.inspection.client.model.NewFinding;
import org.ybjg.inspection.client.model.NewInspector;
import org.ybjg.inspection.client.model.Specialty;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.directory.DirectoryEntries;
import org.ybjg.inspection.events.FindingRecorded;
import org.ybjg.inspection.events.InspectionTopics;
import org.ybjg.inspection.finding.Findings;
import org.ybjg.inspection.roster.Inspectors;
import org.ybjg.inspection.testdata.InstitutionMother;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The service over HTTP and Kafka, on a real broker and the embedded MongoDB-wire server. Each test
 * uses fresh institution ids, so tests share the context without depending on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final EventType INSTITUTION_CHANGED =
      new EventType(InstitutionChanged.TYPE, RegistryTopics.INSTITUTIONS);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "inspection-it");
  }

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired MongoTemplate mongo;
  @Autowired ObjectMapper json;

  private final TestTokens tokens = TestInfrastructure.get().tokens();
  private final KafkaProbe kafka = TestInfrastructure.get().kafka();

  // ---------------------------------------------------------------- directory (consumed events)

  @Test
  void shouldShowAnInstitutionInTheDirectoryOfItsRegionOnlyWhenTheRegistryPublishesIt()
      throws Exception {
    String id = Ids.next();
    publish(InstitutionMother.tertiaryPublicHospital(id, 1));

    var entry = awaitEntry(id, 1);
    assertThat(entry.getName()).startsWith("东江市第一人民医院");
    assertThat(entry.getTypeLabel()).isEqualTo("定点医疗机构");
    assertThat(entry.getLevel()).isEqualTo("TERTIARY");
    assertThat(entry.getLevelLabel()).isEqualTo("三级");
    assertThat(entry.getOwnershipLabel()).isEqualTo("公立");
    assertThat(entry.getAgreementStateLabel()).isEqualTo("履行中");
    assertThat(entry.getCountyCode()).isEqualTo("990102");

    DirectoryPage countyView =
        directory(countyAdmin())
            .listDirectory(
                "990102",
                InstitutionType.MEDICAL_INSTITUTION,
                null,
                null,
                AgreementState.ACTIVE,
                "第一人民医院（演示）" + id,
                0,
                20);
    assertThat(countyView.getItems()).extracting("institutionId").containsExactly(id);
    assertThat(countyView.getTotal()).isEqualTo(1);

    // the neighbouring county neither reads it nor finds it in its list
    assertStatus(get("/api/inspection/directory/" + id, otherCountyAdmin()), 404);
    assertThat(
            directory(otherCountyAdmin())
                .listDirectory(null, null, null, null, null, id, 0, 200)
                .getItems())
        .isEmpty();
    // and cannot narrow its list to a county it does not reach
    assertStatus(get("/api/inspection/directory?countyCode=990102", otherCountyAdmin()), 404);
  }

  @Test
  void shouldApplyARedeliveredEnvelopeOnlyOnce() {
    String id = Ids.next();
    String message = events.serialize(envelope(InstitutionMother.tertiaryPublicHospital(id, 1)));
    kafka.send(RegistryTopics.INSTITUTIONS, id, message);
    awaitEntry(id, 1);
    // mark the stored entry: a second application of the same message would overwrite the mark
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id)),
        Update.update("name", "MARK"),
        DirectoryEntries.COLLECTION);

    kafka.send(RegistryTopics.INSTITUTIONS, id, message);
    sentinelAfter(id);

    assertThat(storedName(id)).isEqualTo("MARK");
    assertThat(storedVersion(id)).isEqualTo(1);
  }

  @Test
  void shouldIgnoreAnOlderVersionArrivingAfterANewerOne() {
    String id = Ids.next();
    InstitutionChanged v1 = InstitutionMother.tertiaryPublicHospital(id, 1);
    publish(InstitutionMother.renamed(v1, 2, "东江市中心医院（演示）"));
    awaitEntry(id, 2);

    publish(v1);
    sentinelAfter(id);

    assertThat(storedVersion(id)).isEqualTo(2);
    assertThat(storedName(id)).isEqualTo("东江市中心医院（演示）");
  }

  @Test
  void shouldKeepASuspendedInstitutionInTheDirectoryWithItsState() throws Exception {
    String id = Ids.next();
    InstitutionChanged v1 = InstitutionMother.tertiaryPublicHospital(id, 1);
    publish(v1);
    awaitEntry(id, 1);

    publish(InstitutionMother.suspended(v1, 2, LocalDate.of(2025, 12, 31)));
    var entry = awaitEntry(id, 2);

    assertThat(entry.getAgreementState()).isEqualTo("SUSPENDED");
    assertThat(entry.getAgreementStateLabel()).isEqualTo("暂停");
    assertThat(entry.getSuspendedUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(
            directory(provinceAdmin())
                .listDirectory(null, null, null, null, AgreementState.SUSPENDED, id, 0, 20)
                .getItems())
        .extracting("institutionId")
        .containsExactly(id);
  }

  @Test
  void shouldSendAPoisonMessageToTheDeadLetterTopicAndApplyTheNextOne() {
    String id = Ids.next();
    String garbage = "not an event " + UUID.randomUUID();
    kafka.send(RegistryTopics.INSTITUTIONS, id, garbage);
    publish(InstitutionMother.tertiaryPublicHospital(id, 1));

    awaitEntry(id, 1);
    List<ConsumerRecord<String, String>> dead =
        kafka.readContaining(RegistryTopics.INSTITUTIONS + ".DLT", garbage, 1, WAIT);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).key()).isEqualTo(id);
  }

  // ---------------------------------------------------------------- findings (published events)

  @Test
  void shouldRecordAFindingAndPublishItsEvent() throws Exception {
    String institutionId = Ids.next();
    publish(InstitutionMother.tertiaryPublicHospital(institutionId, 1));
    awaitEntry(institutionId, 1);
    LocalDate today = LocalCalendarToday();

    Finding finding =
        findings(inspector())
            .recordFinding(
                new NewFinding()
                    .institutionId(institutionId)
                    .category(FindingCategory.GENERAL_VIOLATION)
                    .description("住院病历抽查发现重复收取静脉输液费，共42人次。")
                    .improperAmount("12800.5")
                    .foundOn(today),
                null);

    assertThat(finding.getId()).isNotBlank();
    assertThat(finding.getInstitutionName()).startsWith("东江市第一人民医院");
    assertThat(finding.getCountyCode()).isEqualTo("990102");
    assertThat(finding.getCategoryLabel()).isEqualTo("一般违规");
    assertThat(finding.getImproperAmount()).isEqualTo("12800.50");
    assertThat(finding.getRecordedBy()).isEqualTo("inspector");
    assertThat(findings(countyAdmin()).getFinding(finding.getId())).isEqualTo(finding);
    assertThat(findings(cityAdmin()).listFindings(institutionId, 0, 20).getItems())
        .containsExactly(finding);

    List<ConsumerRecord<String, String>> published =
        kafka.readContaining(InspectionTopics.EVENTS, finding.getId(), 1, WAIT);
    assertThat(published).hasSize(1);
    ConsumerRecord<String, String> message = published.get(0);
    EventSchemaAssert.assertConforms(message.value(), FindingRecorded.TYPE);
    assertThat(message.key()).isEqualTo(institutionId);
    EventEnvelope envelope = events.parse(message.value());
    assertThat(envelope.subject()).isEqualTo(finding.getId());
    FindingRecorded data = events.data(envelope, FindingRecorded.class);
    assertThat(data.ownership()).isEqualTo("PUBLIC");
    assertThat(data.countyCode()).isEqualTo("990102");
    assertThat(data.improperAmount()).isEqualByComparingTo("12800.50");
    assertThat(envelope.data().path("improperAmount").asText()).isEqualTo("12800.50");
    assertThat(data.recordedBy()).isEqualTo("inspector");
    await()
        .atMost(WAIT)
        .until(
            () ->
                mongo
                    .findById(finding.getId(), org.bson.Document.class, Findings.COLLECTION)
                    .getList("outbox", Object.class)
                    .isEmpty());

    // a neighbouring county learns nothing about it
    assertStatus(get("/api/inspection/findings/" + finding.getId(), otherCountyAdmin()), 404);
    assertThat(findings(otherCountyAdmin()).listFindings(institutionId, 0, 20).getItems())
        .isEmpty();
  }

  @Test
  void shouldAcceptTheAmountAsAJsonNumber() throws Exception {
    String institutionId = Ids.next();
    publish(InstitutionMother.tertiaryPublicHospital(institutionId, 1));
    awaitEntry(institutionId, 1);

    ResponseEntity<String> created =
        post(
            "/api/inspection/findings",
            inspector(),
            findingJson(institutionId, "99.9", LocalCalendarToday(), "FRAUD"));

    assertStatus(created, 201);
    assertThat(read(created).path("improperAmount").asText()).isEqualTo("99.90");
    assertThat(created.getHeaders().getLocation())
        .hasToString("/api/inspection/findings/" + read(created).path("id").asText());
  }

  @Test
  void shouldRecordOnceWhenTheSameIdempotencyKeyIsRepeated() throws Exception {
    String institutionId = Ids.next();
    publish(InstitutionMother.tertiaryPublicHospital(institutionId, 1));
    awaitEntry(institutionId, 1);
    NewFinding body =
        new NewFinding()
            .institutionId(institutionId)
            .category(FindingCategory.FRAUD)
            .description("虚构住院服务，伪造病历12份。")
            .improperAmount("56000.00")
            .foundOn(LocalCalendarToday());
    String key = UUID.randomUUID().toString();

    Finding first = findings(inspector()).recordFinding(body, key);
    Finding again = findings(inspector()).recordFinding(body, key);

    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(mongo.count(byInstitution(institutionId), Findings.COLLECTION)).isEqualTo(1);

    // the same key with another body is a client bug: 422, nothing written
    assertThatThrownBy(
            () ->
                findings(inspector())
                    .recordFinding(body.improperAmount("1.00").description("另一问题。"), key))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(422);
              assertThat(e.getResponseBody()).contains("idempotency-key-reused");
            });
    assertThat(mongo.count(byInstitution(institutionId), Findings.COLLECTION)).isEqualTo(1);

    // keys are per caller: another officer's same key is another command
    Finding admins = findings(countyAdmin()).recordFinding(body, key);
    assertThat(admins.getId()).isNotEqualTo(first.getId());
    assertThat(mongo.count(byInstitution(institutionId), Findings.COLLECTION)).isEqualTo(2);
  }

  @Test
  void shouldAnswer404AndWriteNothingWhenTheInstitutionLiesOutsideTheCallersCounty() {
    String pharmacy = Ids.next();
    publish(InstitutionMother.privatePharmacyInCityWest(pharmacy, 1)); // 990103
    awaitEntry(pharmacy, 1);
    String marker = "outside-" + UUID.randomUUID();

    ResponseEntity<String> refused =
        post(
            "/api/inspection/findings",
            inspector(), // inspector reaches 990102
            findingJson(pharmacy, "10.00", LocalCalendarToday(), "OTHER")
                .replace("\"description\":\"", "\"description\":\"" + marker));
    ResponseEntity<String> unknown =
        post(
            "/api/inspection/findings",
            inspector(),
            findingJson("no-such-institution", "10.00", LocalCalendarToday(), "OTHER"));

    assertStatus(refused, 404);
    assertThat(read(refused).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/not-found");
    assertStatus(unknown, 404);
    assertThat(mongo.count(byInstitution(pharmacy), Findings.COLLECTION)).isZero();
    assertThat(kafka.read(InspectionTopics.EVENTS, Duration.ofSeconds(2), records -> false))
        .noneMatch(record -> record.value().contains(marker));
  }

  @Test
  void shouldRefuseABadAmountOrAFutureDayWithAProblemDetailAndWriteNothing() {
    String institutionId = Ids.next();
    publish(InstitutionMother.tertiaryPublicHospital(institutionId, 1));
    awaitEntry(institutionId, 1);
    LocalDate today = LocalCalendarToday();

    for (String amount : List.of("\"-5.00\"", "\"12.345\"", "12.345", "\"12,00\"", "\"\"")) {
      ResponseEntity<String> refused =
          post(
              "/api/inspection/findings",
              inspector(),
              findingJson(institutionId, "0", today, "OTHER")
                  .replace("\"improperAmount\":\"0\"", "\"improperAmount\":" + amount));
      assertStatus(refused, 400);
      assertThat(read(refused).path("violations").findValuesAsString("field"))
          .as(amount)
          .contains("improperAmount");
    }
    ResponseEntity<String> tomorrow =
        post(
            "/api/inspection/findings",
            inspector(),
            findingJson(institutionId, "1.00", today.plusDays(1), "OTHER"));
    assertStatus(tomorrow, 422);
    assertThat(read(tomorrow).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/found-on-in-future");
    assertThat(read(tomorrow).path("violations").get(0).path("field").asText())
        .isEqualTo("foundOn");
    ResponseEntity<String> blank =
        post(
            "/api/inspection/findings",
            inspector(),
            findingJson(institutionId, "1.00", today, "OTHER")
                .replace("\"description\":\"", "\"description\":\"  \",\"x\":\""));
    assertStatus(blank, 400);

    assertThat(mongo.count(byInstitution(institutionId), Findings.COLLECTION)).isZero();
  }

  // ---------------------------------------------------------------- security

  @Test
  void shouldAnswer401WithoutToken() {
    ResponseEntity<String> list =
        client().get().uri("/api/inspection/directory").retrieve().toEntity(String.class);
    ResponseEntity<String> write =
        client()
            .post()
            .uri("/api/inspection/findings")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{}")
            .retrieve()
            .toEntity(String.class);

    assertStatus(list, 401);
    assertThat(list.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertStatus(write, 401);
  }

  @Test
  void shouldAnswer403WhenAnAuditorWritesOrAnInstitutionUserReadsFindings() {
    String institutionId = Ids.next();
    publish(InstitutionMother.tertiaryPublicHospital(institutionId, 1));
    awaitEntry(institutionId, 1);
    String auditor = tokens.bearer("auditor", "990000", "AUDITOR");

    assertStatus(
        post(
            "/api/inspection/findings",
            auditor,
            findingJson(institutionId, "1.00", LocalCalendarToday(), "OTHER")),
        403);
    assertStatus(
        post(
            "/api/inspection/inspectors", auditor, inspectorJson("MEDICAL_EXPERT", null, "990102")),
        403);
    assertStatus(get("/api/inspection/findings", auditor), 200);
    String institutionUser = tokens.bearer("hospital-user", "990102", "INSTITUTION_USER");
    assertStatus(get("/api/inspection/findings", institutionUser), 403);
    assertStatus(get("/api/inspection/inspectors", institutionUser), 403);
    assertStatus(get("/api/inspection/directory/" + institutionId, institutionUser), 200);
    assertThat(mongo.count(byInstitution(institutionId), Findings.COLLECTION)).isZero();
  }

  @Test
  void shouldServeTheContractWithoutToken() {
    ResponseEntity<String> spec =
        client().get().uri("/api/inspection/openapi.yaml").retrieve().toEntity(String.class);

    assertStatus(spec, 200);
    assertThat(spec.getBody()).startsWith("openapi: 3.0.3").contains("/api/inspection/findings");
  }

  // ---------------------------------------------------------------- inspector roster

  @Test
  void shouldKeepTheRosterPerRegion() throws Exception {
    String certificate = "C" + Ids.next();
    Inspector officer =
        inspectors(provinceAdmin())
            .registerInspector(
                new NewInspector()
                    .name("张建国")
                    .role(InspectorRole.LAW_ENFORCEMENT_OFFICER)
                    .certificateNumber(certificate)
                    .certificateValidUntil(LocalDate.of(2030, 6, 30))
                    .homeCountyCode("990102")
                    .employer("东江市城东区医疗保障局（演示）")
                    .specialties(new java.util.LinkedHashSet<>(List.of(Specialty.FINANCE))),
                null);
    Inspector expert =
        inspectors(cityAdmin())
            .registerInspector(
                new NewInspector()
                    .name("王医生")
                    .role(InspectorRole.MEDICAL_EXPERT)
                    .homeCountyCode("990103")
                    .specialties(
                        new java.util.LinkedHashSet<>(List.of(Specialty.MEDICAL, Specialty.DRUG))),
                null);

    assertThat(officer.getRoleLabel()).isEqualTo("行政执法人员");
    assertThat(officer.getSpecialtyLabels()).containsExactly("财务");
    assertThat(officer.getRegisteredBy()).isEqualTo("province-admin");
    assertThat(expert.getRoleLabel()).isEqualTo("医疗专家");
    assertThat(expert.getSpecialtyLabels()).containsExactly("医疗", "药品");
    assertThat(expert.getCertificateNumber()).isNull();

    List<String> countyView =
        inspectors(countyAdmin()).listInspectors(null, null, 0, 200).getItems().stream()
            .map(Inspector::getId)
            .toList();
    assertThat(countyView).contains(officer.getId()).doesNotContain(expert.getId());
    assertThat(
            inspectors(cityAdmin())
                .listInspectors(null, InspectorRole.MEDICAL_EXPERT, 0, 200)
                .getItems())
        .extracting("id")
        .contains(expert.getId())
        .doesNotContain(officer.getId());
    assertThat(inspectors(provinceAdmin()).listInspectors("990103", null, 0, 200).getItems())
        .extracting("id")
        .contains(expert.getId())
        .doesNotContain(officer.getId());

    // the same certificate cannot be registered twice
    ResponseEntity<String> duplicate =
        post(
            "/api/inspection/inspectors",
            provinceAdmin(),
            inspectorJson("LAW_ENFORCEMENT_OFFICER", certificate, "990104"));
    assertStatus(duplicate, 409);
  }

  @Test
  void shouldRefuseAnOfficerWithoutCertificateAndWriteNothing() {
    String name = "无证人员" + UUID.randomUUID();
    ResponseEntity<String> refused =
        post(
            "/api/inspection/inspectors",
            provinceAdmin(),
            inspectorJson("LAW_ENFORCEMENT_OFFICER", null, "990102").replace("测试人员", name));

    assertStatus(refused, 422);
    JsonNode problem = read(refused);
    assertThat(problem.path("type").asText())
        .isEqualTo("https://ybjg.org/problems/certificate-required");
    assertThat(problem.path("violations").get(0).path("field").asText())
        .isEqualTo("certificateNumber");
    assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), Inspectors.COLLECTION))
        .isZero();
  }

  @Test
  void shouldRefuseAHomeCountyOutsideTheCallersRegionOrNotACounty() {
    ResponseEntity<String> outside =
        post(
            "/api/inspection/inspectors",
            countyAdmin(),
            inspectorJson("MEDICAL_EXPERT", null, "990203"));
    assertStatus(outside, 403);
    assertThat(read(outside).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/outside-region");

    for (String notACounty : List.of("990199", "990100")) {
      ResponseEntity<String> refused =
          post(
              "/api/inspection/inspectors",
              provinceAdmin(),
              inspectorJson("MEDICAL_EXPERT", null, notACounty));
      assertStatus(refused, 422);
      assertThat(read(refused).path("violations").get(0).path("field").asText())
          .isEqualTo("homeCountyCode");
    }
    ResponseEntity<String> badRole =
        post(
            "/api/inspection/inspectors",
            provinceAdmin(),
            inspectorJson("JANITOR", null, "990102"));
    assertStatus(badRole, 400);
    assertStatus(get("/api/inspection/inspectors?size=201", provinceAdmin()), 400);
  }

  @Test
  void shouldRegisterOnceWhenTheSameIdempotencyKeyIsRepeated() throws Exception {
    String name = "重试人员" + UUID.randomUUID();
    NewInspector body =
        new NewInspector()
            .name(name)
            .role(InspectorRole.THIRD_PARTY)
            .homeCountyCode("999001")
            .employer("南岭会计师事务所（演示）");
    String key = UUID.randomUUID().toString();

    Inspector first = inspectors(provinceAdmin()).registerInspector(body, key);
    Inspector again = inspectors(provinceAdmin()).registerInspector(body, key);

    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), Inspectors.COLLECTION))
        .isEqualTo(1);
    assertThatThrownBy(
            () -> inspectors(provinceAdmin()).registerInspector(body.name(name + "乙"), key))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(422));
    assertThat(
            mongo.count(Query.query(Criteria.where("name").is(name + "乙")), Inspectors.COLLECTION))
        .isZero();
    body.name(name);
    assertThatThrownBy(
            () -> inspectors(countyAdmin()).registerInspector(body, UUID.randomUUID().toString()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
  }

  // ---------------------------------------------------------------- helpers

  private EventEnvelope envelope(InstitutionChanged changed) {
    return events.envelope(INSTITUTION_CHANGED, changed.institutionId(), changed);
  }

  private void publish(InstitutionChanged changed) {
    kafka.send(
        RegistryTopics.INSTITUTIONS, changed.institutionId(), events.serialize(envelope(changed)));
  }

  /**
   * Sends a new institution under {@code key} (same partition, so after everything sent before) and
   * waits until it is applied: whatever was sent earlier under the key has then been consumed.
   */
  private void sentinelAfter(String key) {
    InstitutionChanged sentinel = InstitutionMother.tertiaryPublicHospital(Ids.next(), 1);
    kafka.send(RegistryTopics.INSTITUTIONS, key, events.serialize(envelope(sentinel)));
    await().atMost(WAIT).until(() -> storedVersion(sentinel.institutionId()) == 1);
  }

  private org.ybjg.inspection.client.model.DirectoryEntry awaitEntry(String id, long version) {
    await().atMost(WAIT).until(() -> storedVersion(id) == version);
    try {
      return directory(provinceAdmin()).getDirectoryEntry(id);
    } catch (ApiException e) {
      throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
    }
  }

  private long storedVersion(String id) {
    org.bson.Document stored =
        mongo.findById(id, org.bson.Document.class, DirectoryEntries.COLLECTION);
    return stored == null ? -1 : ((Number) stored.get("registryVersion")).longValue();
  }

  private String storedName(String id) {
    return mongo
        .findById(id, org.bson.Document.class, DirectoryEntries.COLLECTION)
        .getString("name");
  }

  private static Query byInstitution(String institutionId) {
    return Query.query(Criteria.where("institutionId").is(institutionId));
  }

  private static LocalDate LocalCalendarToday() {
    return LegalCalendar.today(java.time.Clock.systemUTC());
  }

  private static String findingJson(
      String institutionId, String amount, LocalDate foundOn, String category) {
    return "{\"institutionId\":\""
        + institutionId
        + "\",\"category\":\""
        + category
        + "\",\"description\":\"检查发现问题\",\"improperAmount\":"
        + (amount.startsWith("9") ? amount : "\"" + amount + "\"")
        + ",\"foundOn\":\""
        + foundOn
        + "\"}";
  }

  private static String inspectorJson(String role, String certificate, String county) {
    return "{\"name\":\"测试人员\",\"role\":\""
        + role
        + "\""
        + (certificate == null ? "" : ",\"certificateNumber\":\"" + certificate + "\"")
        + ",\"homeCountyCode\":\""
        + county
        + "\"}";
  }

  private String provinceAdmin() {
    return tokens.bearer("province-admin", "990000", "PROVINCE_ADMIN");
  }

  private String cityAdmin() {
    return tokens.bearer("city-admin", "990100", "CITY_ADMIN");
  }

  private String countyAdmin() {
    return tokens.bearer("county-admin", "990102", "COUNTY_ADMIN");
  }

  private String otherCountyAdmin() {
    return tokens.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  }

  private String inspector() {
    return tokens.bearer("inspector", "990102", "INSPECTOR");
  }

  private ApiClient apiClient(String bearer) {
    ApiClient apiClient = new ApiClient();
    apiClient.updateBaseUri("http://localhost:" + port);
    apiClient.setRequestInterceptor(request -> request.header(HttpHeaders.AUTHORIZATION, bearer));
    return apiClient;
  }

  private DirectoryApi directory(String bearer) {
    return new DirectoryApi(apiClient(bearer));
  }

  private FindingsApi findings(String bearer) {
    return new FindingsApi(apiClient(bearer));
  }

  private InspectorsApi inspectors(String bearer) {
    return new InspectorsApi(apiClient(bearer));
  }

  private RestClient client() {
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build();
  }

  /**
   * Problem details in Chinese when Accept-Language prefers zh, from the inspection service's
   * catalogue.
   */
  @Test
  void shouldAnswerProblemsInChineseWhenZhIsPreferred() {
    String institutionId = Ids.next();
    publish(InstitutionMother.tertiaryPublicHospital(institutionId, 1));
    awaitEntry(institutionId, 1);
    LocalDate today = LocalCalendarToday();
    String certificate = "C" + Ids.next();
    ResponseEntity<String> registered =
        post(
            "/api/inspection/inspectors",
            provinceAdmin(),
            inspectorJson("LAW_ENFORCEMENT_OFFICER", certificate, "990104"));
    assertThat(registered.getStatusCode().is2xxSuccessful()).as(registered.getBody()).isTrue();

    JsonNode tomorrow =
        read(
            postInChinese(
                "/api/inspection/findings",
                inspector(),
                findingJson(institutionId, "1.00", today.plusDays(1), "OTHER")));
    JsonNode duplicate =
        read(
            postInChinese(
                "/api/inspection/inspectors",
                provinceAdmin(),
                inspectorJson("LAW_ENFORCEMENT_OFFICER", certificate, "990104")));
    JsonNode unknown =
        read(
            client()
                .get()
                .uri("/api/inspection/findings/no-such-finding")
                .header(HttpHeaders.AUTHORIZATION, countyAdmin())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .retrieve()
                .toEntity(String.class));
    JsonNode badAmount =
        read(
            postInChinese(
                "/api/inspection/findings",
                inspector(),
                findingJson(institutionId, "0", today, "OTHER")
                    .replace("\"improperAmount\":\"0\"", "\"improperAmount\":\"12.345\"")));

    assertThat(tomorrow.path("status").asInt()).isEqualTo(422);
    assertThat(tomorrow.path("title").asText()).isEqualTo("违反规则");
    assertThat(tomorrow.path("detail").asText()).isEqualTo("发现日期不能晚于今天。");
    assertThat(tomorrow.path("violations").get(0).path("field").asText()).isEqualTo("foundOn");
    assertThat(tomorrow.path("violations").get(0).path("message").asText())
        .isEqualTo("发现日期不能晚于今天。");
    assertThat(duplicate.path("status").asInt()).isEqualTo(409);
    assertThat(duplicate.path("type").asText()).endsWith("/duplicate-certificate");
    assertThat(duplicate.path("title").asText()).isEqualTo("与当前状态冲突");
    assertThat(duplicate.path("detail").asText()).isEqualTo("该行政执法证号已在名录库中。");
    assertThat(unknown.path("status").asInt()).isEqualTo(404);
    assertThat(unknown.path("title").asText()).isEqualTo("未找到");
    assertThat(unknown.path("detail").asText()).isEqualTo("未找到该记录，或该记录不在您的辖区内。");
    assertThat(badAmount.path("status").asInt()).isEqualTo(400);
    assertThat(badAmount.path("title").asText()).isEqualTo("输入无效");
    assertThat(badAmount.path("violations").findValuesAsString("field")).contains("improperAmount");
    assertThat(badAmount.path("violations").findValuesAsString("message"))
        .allSatisfy(message -> assertThat(message).containsPattern("\\p{IsHan}"));
  }

  private ResponseEntity<String> postInChinese(String uri, String bearer, String body) {
    return client()
        .post()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(String.class);
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
