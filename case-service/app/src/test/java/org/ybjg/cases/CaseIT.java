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
import org.ybjg.cases.client.LedgerApi;
import org.ybjg.cases.client.ProcedureApi;
import org.ybjg.cases.client.RecoveryApi;
import org.ybjg.cases.client.ReferralsApi;
import org.ybjg.cases.client.RulesApi;
import org.ybjg.cases.client.TipOffsApi;
import org.ybjg.cases.client.invoker.ApiClient;
import org.ybjg.cases.client.invoker.ApiException;
import org.ybjg.cases.client.invoker.ApiResponse;
import org.ybjg.cases.client.model.AdjustmentKind;
import org.ybjg.cases.client.model.CasePage;
import org.ybjg.cases.client.model.CaseStatus;
import org.ybjg.cases.client.model.CreditConsequence;
import org.ybjg.cases.client.model.DeadlineAnswer;
import org.ybjg.cases.client.model.DeadlineStep;
import org.ybjg.cases.client.model.DecisionRequest;
import org.ybjg.cases.client.model.HistoryEntry;
import org.ybjg.cases.client.model.HistoryKind;
import org.ybjg.cases.client.model.InstalmentPlanRequest;
import org.ybjg.cases.client.model.InstalmentRequest;
import org.ybjg.cases.client.model.LedgerItem;
import org.ybjg.cases.client.model.LedgerNoteRequest;
import org.ybjg.cases.client.model.LedgerReason;
import org.ybjg.cases.client.model.LedgerReport;
import org.ybjg.cases.client.model.MeasureKind;
import org.ybjg.cases.client.model.MeasureRequest;
import org.ybjg.cases.client.model.MitigationGround;
import org.ybjg.cases.client.model.ModelCase;
import org.ybjg.cases.client.model.Ownership;
import org.ybjg.cases.client.model.PaymentKind;
import org.ybjg.cases.client.model.PaymentRequest;
import org.ybjg.cases.client.model.PenaltyAssessment;
import org.ybjg.cases.client.model.PenaltyRule;
import org.ybjg.cases.client.model.RecoveryGrouping;
import org.ybjg.cases.client.model.RecoveryReport;
import org.ybjg.cases.client.model.ReferralDocument;
import org.ybjg.cases.client.model.ReferralProposal;
import org.ybjg.cases.client.model.ReferralRequest;
import org.ybjg.cases.client.model.ReferralStatus;
import org.ybjg.cases.client.model.ReferralTarget;
import org.ybjg.cases.client.model.ReferralUpdate;
import org.ybjg.cases.client.model.Rules;
import org.ybjg.cases.client.model.StepAction;
import org.ybjg.cases.client.model.StepRequest;
import org.ybjg.cases.client.model.TimeUnit;
import org.ybjg.cases.client.model.TipOff;
import org.ybjg.cases.client.model.TipOffAction;
import org.ybjg.cases.client.model.TipOffChannel;
import org.ybjg.cases.client.model.TipOffRequest;
import org.ybjg.cases.client.model.TipOffStepRequest;
import org.ybjg.cases.client.model.Whistleblower;
import org.ybjg.cases.events.CaseClosed;
import org.ybjg.cases.events.CaseExecuted;
import org.ybjg.cases.events.CaseOpened;
import org.ybjg.cases.events.CaseOverdue;
import org.ybjg.cases.events.CaseReferred;
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
 * infrastructure. Input events are built with the chassis {@link Events} bean, exactly as producers
 * build them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseIT {

  private static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  private static final String COUNTY_ADMIN =
      TOKENS.bearer("county-admin", "990102", "COUNTY_ADMIN");
  private static final String OTHER_COUNTY_ADMIN =
      TOKENS.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  private static final String PROVINCE_ADMIN =
      TOKENS.bearer("province-admin", "990000", "PROVINCE_ADMIN");
  private static final String COUNTY_202 =
      TOKENS.bearer("county-admin-202", "990202", "COUNTY_ADMIN");
  private static final String COUNTY_203 =
      TOKENS.bearer("county-admin-203", "990203", "COUNTY_ADMIN");
  private static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  private static final String AUDITOR = TOKENS.bearer("auditor", "990000", "AUDITOR");
  private static final String INSTITUTION_USER =
      TOKENS.bearer("hospital-clerk", "990102", "INSTITUTION_USER");
  private static final String GROUP = "case-service";
  private static final Duration EVENTUALLY = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Admin kafkaAdmin;

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "cases-it");
    registry.add("ybjg.cases.overdue-scan", () -> "PT0.5S");
  }

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired MongoTemplate mongo;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private RestClient http;

  @BeforeAll
  static void connectAdmin() {
    kafkaAdmin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().bootstrapServers()));
  }

  @AfterAll
  static void closeAdmin() {
    kafkaAdmin.close();
  }

  @BeforeEach
  void client() {
    http =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
            .build();
  }

  // ---- consuming findings
  // -------------------------------------------------------------------------------

  @Test
  void shouldOpenCaseVisibleInItsCountyOnlyWhenFindingRecorded() throws Exception {
    FindingRecorded finding = finding(Ids.next(), "990102", "PUBLIC");
    String caseId = CaseFile.idForFinding(finding.findingId());

    send(finding);

    ModelCase opened = awaitCase(caseId);
    assertThat(opened.getStatus()).isEqualTo(CaseStatus.CLUE);
    assertThat(opened.getStatusLabel()).isEqualTo("待立案");
    assertThat(opened.getDeadline().getStep()).isEqualTo(DeadlineStep.FILING);
    assertThat(opened.getDeadline().getOverdue()).isFalse();
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
    assertThat(opened.getImproperAmount())
        .as("money is a two-decimal string")
        .isEqualTo("12800.50");
    assertThat(opened.getVersion()).isEqualTo(1L);
    assertThat(opened.getDecision()).isNull();
    assertThat(opened.getHistory())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.getKind()).isEqualTo(HistoryKind.OPENED);
              assertThat(step.getKindLabel()).isEqualTo("案源登记");
              assertThat(step.getBy()).isEqualTo("system");
            });
    ApiResponse<ModelCase> withHeaders = cases(COUNTY_ADMIN).getCaseWithHttpInfo(caseId);
    assertThat(withHeaders.getHeaders().get("etag")).containsExactly("\"1\"");

    // the county and the city above it see it; the neighbouring county learns nothing
    assertThat(
            cases(COUNTY_ADMIN)
                .listCases(finding.institutionId(), null, null, null, null)
                .getItems())
        .extracting(ModelCase::getId)
        .containsExactly(caseId);
    assertThat(
            cases(CITY_ADMIN)
                .listCases(finding.institutionId(), "990102", CaseStatus.CLUE, 0, 200)
                .getTotal())
        .isEqualTo(1);
    assertThatThrownBy(() -> cases(OTHER_COUNTY_ADMIN).getCase(caseId))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    CasePage neighbours =
        cases(OTHER_COUNTY_ADMIN).listCases(finding.institutionId(), null, null, null, null);
    assertThat(neighbours.getItems()).isEmpty();
    assertThat(neighbours.getTotal()).isZero();
    assertThat(
            get("/api/cases/cases?countyCode=990102", OTHER_COUNTY_ADMIN).getStatusCode().value())
        .isEqualTo(404);

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
    assertThat(
            cases(COUNTY_ADMIN)
                .listCases(finding.institutionId(), null, null, null, null)
                .getTotal())
        .isEqualTo(1);
    Document stored = mongo.findById(caseId, Document.class, CaseFiles.COLLECTION);
    assertThat(stored.getLong("version")).isEqualTo(1L);
    assertThat(stored.getList(AggregateStore.PROCESSED_EVENTS, String.class)).hasSize(1);
    assertThat(stored.get("improperAmount"))
        .as("money as Decimal128")
        .isEqualTo(Decimal128.parse("12800.50"));
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
    assertThat(kafka.readContaining(InspectionTopics.EVENTS + ".DLT", garbage, 1, EVENTUALLY))
        .hasSize(1);
  }

  @Test
  void shouldTakeOwnershipFromRegistryReplicaWhenFindingSaysOtherwise() throws Exception {
    String institutionId = Ids.next();
    String registryMessage = registryMessage(institutionId, 2, "PRIVATE");

    kafka.send(RegistryTopics.INSTITUTIONS, institutionId, registryMessage);
    kafka.send(
        RegistryTopics.INSTITUTIONS, institutionId, registryMessage(institutionId, 1, "PUBLIC"));
    kafka.send(RegistryTopics.INSTITUTIONS, institutionId, registryMessage);
    awaitConsumed(RegistryTopics.INSTITUTIONS);

    Document replica = mongo.findById(institutionId, Document.class, Institutions.COLLECTION);
    assertThat(replica.getLong("version"))
        .as("an older or repeated state changes nothing")
        .isEqualTo(2L);
    assertThat(replica.getString("ownership")).isEqualTo("PRIVATE");

    FindingRecorded finding = finding(institutionId, "990102", "PUBLIC");
    send(finding);
    ModelCase opened = awaitCase(CaseFile.idForFinding(finding.findingId()));
    assertThat(opened.getOwnership()).isEqualTo(Ownership.PRIVATE);
    assertThat(opened.getOwnershipLabel()).isEqualTo("民营/个体");
  }

  // ---- the procedure
  // --------------------------------------------------------------------------------

  /**
   * docs/law.md#penalty-procedure: the whole statutory procedure, each step recording who acted and
   * signed; events conform.
   */
  @Test
  void shouldRunTheWholeProcedureAndPublishDecisionExecutionAndClosure() throws Exception {
    ModelCase opened = openCase("990102");

    ModelCase filed =
        procedure(COUNTY_ADMIN)
            .takeStep(
                opened.getId(),
                new StepRequest()
                    .action(StepAction.FILE)
                    .signedBy(List.of("张局长(演示)"))
                    .note("符合立案条件"),
                "\"1\"");
    assertThat(filed.getStatus()).isEqualTo(CaseStatus.FILED);
    assertThat(filed.getStatusLabel()).isEqualTo("已立案");
    assertThat(filed.getProcedure().getFiledOn()).isEqualTo(TODAY);
    assertThat(filed.getProcedure().getDecisionDue()).isAfterOrEqualTo(TODAY.plusDays(90));
    assertThat(filed.getDeadline().getStep()).isEqualTo(DeadlineStep.DECISION);
    assertThat(filed.getHistory())
        .last()
        .satisfies(
            h -> {
              assertThat(h.getKind()).isEqualTo(HistoryKind.FILED);
              assertThat(h.getBy()).isEqualTo("county-admin");
              assertThat(h.getSignedBy()).containsExactly("张局长(演示)");
            });
    ModelCase ready = readyForDecision(opened.getId(), COUNTY_ADMIN);
    assertThat(ready.getProcedure().getHearingRight()).isTrue();
    assertThat(ready.getProcedure().getLegalReviewBy()).containsExactly("法制审核员(演示)");

    ModelCase decided =
        decisions(COUNTY_ADMIN)
            .issueDecision(
                opened.getId(),
                new DecisionRequest()
                    .measures(
                        List.of(
                            new MeasureRequest()
                                .kind(MeasureKind.SUSPEND_AGREEMENT)
                                .months(6)
                                .from(LocalDate.of(2026, 3, 1))
                                .departments(List.of("骨科", "康复医学科"))))
                    .fineAmount("25000.5")
                    .signedBy(List.of("张局长(演示)"))
                    .doctors(
                        List.of(
                            new org.ybjg.cases.client.model.ConcernedDoctor()
                                .doctorId("D9901020001")
                                .name(" 张三 ")
                                .practiceCode("110990102000001"))),
                "\"" + ready.getVersion() + "\"");

    assertThat(decided.getStatus()).isEqualTo(CaseStatus.DECIDED);
    assertThat(decided.getStatusLabel()).isEqualTo("已决定");
    assertThat(decided.getDecision().getDecisionNumber()).matches("990102医保决〔\\d{4}〕[1-9]\\d*号");
    assertThat(decided.getDecision().getMeasures())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getKind()).isEqualTo(MeasureKind.SUSPEND_AGREEMENT);
              assertThat(m.getKindLabel()).isEqualTo("暂停医保服务协议");
              assertThat(m.getUntil()).isEqualTo(LocalDate.of(2026, 8, 31));
              assertThat(m.getDepartments()).containsExactly("骨科", "康复医学科");
            });
    assertThat(decided.getDecision().getFineAmount()).isEqualTo("25000.50");
    assertThat(decided.getDecision().getReturnAmount())
        .as("art. 38: return the loss")
        .isEqualTo("12800.50");
    assertThat(decided.getDecision().getArticle()).isEqualTo("38");
    assertThat(decided.getDecision().getBasis()).isEqualTo("《医疗保障基金使用监督管理条例》第三十八条");
    assertThat(decided.getDecision().getCreditConsequence()).isEqualTo(CreditConsequence.RECORD);
    assertThat(decided.getDecision().getPenalty().getFineRange().getMin()).isEqualTo("12800.50");
    assertThat(decided.getDecision().getPenalty().getFineRange().getMax()).isEqualTo("25601.00");
    assertThat(decided.getDecision().getSignedBy()).containsExactly("张局长(演示)");
    assertThat(decided.getDecision().getDoctors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getDoctorId()).isEqualTo("D9901020001");
              assertThat(d.getName()).as("trimmed").isEqualTo("张三");
              assertThat(d.getPracticeCode()).isEqualTo("110990102000001");
            });
    assertThat(decided.getDeadline().getStep()).isEqualTo(DeadlineStep.SERVICE);
    assertThat(cases(COUNTY_ADMIN).getCase(opened.getId())).isEqualTo(decided);

    ConsumerRecord<String, String> issued = awaitEvent(DecisionIssued.TYPE, opened.getId());
    assertThat(issued.key()).isEqualTo(opened.getInstitutionId());
    EventSchemaAssert.assertConforms(issued.value(), DecisionIssued.TYPE);
    JsonNode data = JSON.readTree(issued.value()).path("data");
    assertThat(data.path("fineAmount").asText()).isEqualTo("25000.50");
    assertThat(data.path("returnAmount").asText()).isEqualTo("12800.50");
    assertThat(data.path("article").asText()).isEqualTo("38");
    assertThat(data.path("creditConsequence").asText()).isEqualTo("RECORD");
    assertThat(data.path("measures").path(0).path("until").asText()).isEqualTo("2026-08-31");
    // The decision names the 医保医师 concerned, so the registry can record their credit
    assertThat(data.path("doctors").path(0).path("doctorId").asText()).isEqualTo("D9901020001");
    assertThat(data.path("doctors").path(0).path("name").asText()).isEqualTo("张三");
    assertThat(data.path("doctors").path(0).path("practiceCode").asText())
        .isEqualTo("110990102000001");

    // the decision document: a PDF whose Chinese text is really there (fonts embedded, text
    // extractable)
    ResponseEntity<byte[]> pdf =
        http.get()
            .uri("/api/cases/cases/{id}/decision/document", opened.getId())
            .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
            .retrieve()
            .toEntity(byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      // PDFBox's ToUnicode map names the CJK-radical code point for glyphs the font shares with
      // radicals
      // (⾏ U+2F8F for 行); NFKC folds them back, as a reader's search does
      String text =
          java.text.Normalizer.normalize(
              new org.apache.pdfbox.text.PDFTextStripper().getText(document),
              java.text.Normalizer.Form.NFKC);
      assertThat(text)
          .contains(
              "行政处理决定书",
              decided.getDecision().getDecisionNumber(),
              "第三十八条",
              java.text.Normalizer.normalize(
                  "涉及医保医师：张三（编码 110990102000001）", java.text.Normalizer.Form.NFKC));
    }
    assertThat(
            http.get()
                .uri("/api/cases/cases/{id}/decision/document", opened.getId())
                .header(HttpHeaders.AUTHORIZATION, OTHER_COUNTY_ADMIN)
                .retrieve()
                .toEntity(String.class)
                .getStatusCode()
                .value())
        .isEqualTo(404);

    // a second decision on the same case is refused and writes nothing
    ResponseEntity<String> second =
        post(
            opened.getId(),
            """
        {"fineAmount":"20000.00"}""",
            COUNTY_ADMIN,
            null);
    assertThat(second.getStatusCode().value()).isEqualTo(409);
    assertThat(problem(second).path("type").asText()).endsWith("/already-decided");

    ModelCase served =
        step(
            opened.getId(),
            new StepRequest().action(StepAction.SERVE).method("直接送达").recipient("院长(演示)"));
    assertThat(served.getDeadline().getStep()).isEqualTo(DeadlineStep.PAYMENT);
    ResponseEntity<String> partly =
        postStep(
            opened.getId(),
            """
        {"action":"EXECUTE","finePaid":"25000.00","returnedAmount":"12800.50"}""",
            COUNTY_ADMIN);
    assertThat(partly.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(partly).path("type").asText()).endsWith("/execution-incomplete");
    step(
        opened.getId(),
        new StepRequest()
            .action(StepAction.EXECUTE)
            .finePaid("25000.50")
            .returnedAmount("12800.50"));
    step(
        opened.getId(),
        new StepRequest().action(StepAction.ORDER_RECTIFICATION).deadline(TODAY.plusDays(30)));
    step(opened.getId(), new StepRequest().action(StepAction.CONFIRM_RECTIFICATION));
    ModelCase closed = step(opened.getId(), new StepRequest().action(StepAction.CLOSE));

    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getDeadline()).isNull();
    assertThat(closed.getHistory())
        .extracting(HistoryEntry::getKind)
        .containsExactly(
            HistoryKind.OPENED,
            HistoryKind.FILED,
            HistoryKind.NOTIFIED,
            HistoryKind.RIGHTS_WAIVED,
            HistoryKind.LEGAL_REVIEWED,
            HistoryKind.DECISION_ISSUED,
            HistoryKind.SERVED,
            HistoryKind.EXECUTED,
            HistoryKind.RECTIFICATION_ORDERED,
            HistoryKind.RECTIFIED,
            HistoryKind.CLOSED);
    ConsumerRecord<String, String> executed = awaitEvent(CaseExecuted.TYPE, opened.getId());
    EventSchemaAssert.assertConforms(executed.value(), CaseExecuted.TYPE);
    assertThat(JSON.readTree(executed.value()).path("data").path("finePaid").asText())
        .isEqualTo("25000.50");
    ConsumerRecord<String, String> closedEvent = awaitEvent(CaseClosed.TYPE, opened.getId());
    EventSchemaAssert.assertConforms(closedEvent.value(), CaseClosed.TYPE);
    assertThat(closedEvent.key()).isEqualTo(opened.getInstitutionId());
    assertThat(JSON.readTree(closedEvent.value()).path("data").path("outcome").asText())
        .isEqualTo("CONCLUDED");
    awaitOutboxDrained(opened.getId());
    assertThat(eventsOf(DecisionIssued.TYPE, opened.getId())).hasSize(1);
  }

  /** Bad input: a decision without the required prior steps; nothing written. */
  @Test
  void shouldRefuseDecisionBeforeTheNoticeWithConflict() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> response =
        post(
            opened.getId(),
            """
        {"fineAmount":"20000.00"}""",
            COUNTY_ADMIN,
            null);

    assertThat(response.getStatusCode().value()).isEqualTo(409);
    assertThat(problem(response).path("type").asText()).endsWith("/transition-not-allowed");
    assertThat(problem(response).path("detail").asText()).contains("CLUE", "FILE");
    assertUnchanged(opened);
  }

  /** 条例 art. 38: a fine outside 1×–2× the loss is refused citing the article; nothing written. */
  @Test
  void shouldRefuseFineOutOfRangeCitingTheArticle() throws Exception {
    ModelCase ready = readyForDecision(openCase("990102").getId(), COUNTY_ADMIN);

    ResponseEntity<String> response =
        post(
            ready.getId(),
            """
        {"fineAmount":25601.01}""",
            COUNTY_ADMIN,
            null);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    JsonNode problem = problem(response);
    assertThat(problem.path("type").asText()).endsWith("/fine-out-of-range");
    assertThat(problem.path("detail").asText())
        .contains("《医疗保障基金使用监督管理条例》第三十八条", "12800.50 to 25601.00", "25601.01");
    assertThat(problem.path("violations").path(0).path("field").asText()).isEqualTo("fineAmount");
    assertUnchanged(ready);
  }

  /**
   * Problem details in Chinese when Accept-Language prefers zh, from the service's message
   * catalogue: the statutory citation stays as written, the numbers are the refusal's own.
   */
  @Test
  void shouldAnswerProblemsInChineseWhenZhIsPreferred() throws Exception {
    ModelCase ready = readyForDecision(openCase("990102").getId(), COUNTY_ADMIN);
    ModelCase opened = openCase("990102");

    JsonNode outOfRange =
        problem(
            postInChinese(
                ready.getId(),
                """
        {"fineAmount":25601.01}"""));
    JsonNode tooEarly =
        problem(
            postInChinese(
                opened.getId(),
                """
        {"fineAmount":"20000.00"}"""));
    JsonNode unknown =
        problem(
            postInChinese(
                "no-such-case",
                """
        {"fineAmount":"20000.00"}"""));
    JsonNode invalid =
        problem(
            postInChinese(
                ready.getId(),
                """
        {"fineAmount":"13000.00","doctors":[{"doctorId":"D1"}]}"""));

    assertThat(outOfRange.path("status").asInt()).isEqualTo(422);
    assertThat(outOfRange.path("type").asText()).endsWith("/fine-out-of-range");
    assertThat(outOfRange.path("title").asText()).isEqualTo("违反规则");
    assertThat(outOfRange.path("detail").asText())
        .contains("《医疗保障基金使用监督管理条例》第三十八条", "规定本案罚款为 12800.50 元至 25601.00 元，25601.01 元超出该幅度。");
    assertThat(outOfRange.path("violations").path(0).path("field").asText())
        .isEqualTo("fineAmount");
    assertThat(outOfRange.path("violations").path(0).path("message").asText())
        .isEqualTo(outOfRange.path("detail").asText());
    assertThat(tooEarly.path("status").asInt()).isEqualTo(409);
    assertThat(tooEarly.path("type").asText()).endsWith("/transition-not-allowed");
    assertThat(tooEarly.path("title").asText()).isEqualTo("与当前状态冲突");
    assertThat(tooEarly.path("detail").asText()).isEqualTo("当前状态不允许此操作。");
    assertThat(unknown.path("status").asInt()).isEqualTo(404);
    assertThat(unknown.path("title").asText()).isEqualTo("未找到");
    assertThat(unknown.path("detail").asText()).isEqualTo("未找到该记录，或该记录不在您的辖区内。");
    assertThat(invalid.path("status").asInt()).isEqualTo(400);
    assertThat(invalid.path("title").asText()).isEqualTo("输入无效");
    assertThat(invalid.path("detail").asText()).isEqualTo("请求中有无效的字段。");
    assertThat(invalid.path("violations").path(0).path("field").asText()).endsWith("name");
    assertThat(invalid.path("violations").path(0).path("message").asText())
        .containsPattern("\\p{IsHan}");
  }

  /** The 医保医师 a decision names are checked; blank → 422 naming the field. */
  @Test
  void shouldRefuseABlankDoctorNameNamingTheFieldAndWriteNothing() throws Exception {
    ModelCase ready = readyForDecision(openCase("990102").getId(), COUNTY_ADMIN);

    ResponseEntity<String> blank =
        post(
            ready.getId(),
            """
        {"fineAmount":"13000.00","doctors":[{"doctorId":"D1","name":"张三"},{"doctorId":"D2","name":"  "}]}""",
            COUNTY_ADMIN,
            null);
    ResponseEntity<String> missing =
        post(
            ready.getId(),
            """
        {"fineAmount":"13000.00","doctors":[{"doctorId":"D1"}]}""",
            COUNTY_ADMIN,
            null);

    assertThat(blank.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(blank).path("type").asText()).endsWith("/doctor-incomplete");
    assertThat(problem(blank).path("violations").path(0).path("field").asText())
        .isEqualTo("doctors[1].name");
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertUnchanged(ready);
  }

  /** 条例 arts. 38, 40: a suspension lasts six months to one year. */
  @Test
  void shouldRefuseSuspensionOfThirteenMonthsAndWriteNothing() throws Exception {
    ModelCase ready = readyForDecision(openCase("990102").getId(), COUNTY_ADMIN);

    ResponseEntity<String> response =
        post(
            ready.getId(),
            """
        {"measures":[{"kind":"SUSPEND_AGREEMENT","months":13,"from":"2026-03-01"}],"fineAmount":"13000"}""",
            COUNTY_ADMIN,
            "\"" + ready.getVersion() + "\"");

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = problem(response);
    assertThat(problem.path("type").asText()).endsWith("/measure-months-out-of-range");
    assertThat(problem.path("violations").path(0).path("field").asText())
        .isEqualTo("measures[0].months");
    assertThat(problem.path("violations").path(0).path("message").asText())
        .contains("6 to 12", "38, 40");
    assertUnchanged(ready);
  }

  /** 《行政处罚法》 art. 58: major decisions (an agreement measure) are legally reviewed first. */
  @Test
  void shouldRefuseMajorDecisionWithoutLegalReview() throws Exception {
    ModelCase opened = openCase("990102");
    step(opened.getId(), new StepRequest().action(StepAction.FILE));
    step(
        opened.getId(),
        new StepRequest()
            .action(StepAction.NOTIFY)
            .proposal("拟暂停骨科6个月(演示)")
            .proposesAgreementMeasure(true));
    ModelCase waived = step(opened.getId(), new StepRequest().action(StepAction.WAIVE));

    ResponseEntity<String> response =
        post(
            opened.getId(),
            """
        {"measures":[{"kind":"SUSPEND_AGREEMENT","months":6,"from":"2026-03-01"}],"fineAmount":"13000.00"}""",
            COUNTY_ADMIN,
            null);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(response).path("type").asText()).endsWith("/legal-review-required");
    assertUnchanged(waived);
  }

  /**
   * 《行政处罚法》 arts. 45, 64: no decision while the party may still state, defend, request a hearing.
   */
  @Test
  void shouldRefuseDecisionWhileTheStatementPeriodRuns() throws Exception {
    ModelCase opened = openCase("990102");
    step(opened.getId(), new StepRequest().action(StepAction.FILE));
    ModelCase notified =
        step(
            opened.getId(),
            new StepRequest()
                .action(StepAction.NOTIFY)
                .proposal("拟罚款(演示)")
                .proposedFine("13000.00"));

    ResponseEntity<String> response =
        post(
            opened.getId(),
            """
        {"fineAmount":"13000.00"}""",
            COUNTY_ADMIN,
            null);

    assertThat(notified.getProcedure().getHearingRight()).isFalse();
    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(response).path("type").asText()).endsWith("/statement-period-running");
    assertUnchanged(notified);
  }

  /**
   * docs/law.md#penalty-procedure: extensions are recorded with their reason; a step the status
   * forbids is 409.
   */
  @Test
  void shouldRefuseExtensionWithoutReasonAndStepsTheStatusForbids() throws Exception {
    ModelCase filed = step(openCase("990102").getId(), new StepRequest().action(StepAction.FILE));

    ResponseEntity<String> noReason =
        postStep(
            filed.getId(),
            """
        {"action":"EXTEND_DECISION","days":30}""",
            COUNTY_ADMIN);
    ResponseEntity<String> serveTooEarly =
        postStep(
            filed.getId(),
            """
        {"action":"SERVE","recipient":"院长(演示)"}""",
            COUNTY_ADMIN);
    ResponseEntity<String> unknownAction =
        postStep(
            filed.getId(),
            """
        {"action":"PARDON"}""",
            COUNTY_ADMIN);

    assertThat(noReason.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(noReason).path("type").asText()).endsWith("/reason-required");
    assertThat(problem(noReason).path("violations").path(0).path("field").asText())
        .isEqualTo("reason");
    assertThat(serveTooEarly.getStatusCode().value()).isEqualTo(409);
    assertThat(problem(serveTooEarly).path("type").asText()).endsWith("/transition-not-allowed");
    assertThat(unknownAction.getStatusCode().value()).isEqualTo(400);
    assertUnchanged(filed);

    ModelCase extended =
        step(
            filed.getId(),
            new StepRequest().action(StepAction.EXTEND_DECISION).days(30).reason("案情复杂(演示)"));
    assertThat(extended.getProcedure().getExtensions())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getReason()).isEqualTo("案情复杂(演示)");
              assertThat(e.getBy()).isEqualTo("county-admin");
            });
    assertThat(extended.getProcedure().getDecisionDue())
        .isAfter(filed.getProcedure().getDecisionDue());
  }

  @Test
  void shouldNumberDecisionsWithoutGapsWhenACountyDecidesSeveralCases() throws Exception {
    ModelCase first = readyForDecision(openCase("990105").getId(), CITY_ADMIN);
    ModelCase second = readyForDecision(openCase("990105").getId(), CITY_ADMIN);
    int year = TODAY.getYear();

    ModelCase firstDecided =
        decisions(CITY_ADMIN)
            .issueDecision(first.getId(), new DecisionRequest().fineAmount("12800.50"), "*");
    ResponseEntity<String> refused =
        post(
            second.getId(),
            """
        {"fineAmount":"3000"}""",
            CITY_ADMIN,
            null);
    ModelCase secondDecided =
        decisions(CITY_ADMIN)
            .issueDecision(second.getId(), new DecisionRequest().fineAmount("20000"), null);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(firstDecided.getDecision().getDecisionNumber())
        .isEqualTo("990105医保决〔" + year + "〕1号");
    assertThat(secondDecided.getDecision().getDecisionNumber())
        .isEqualTo("990105医保决〔" + year + "〕2号");
    assertThat(secondDecided.getDecision().getFineAmount()).isEqualTo("20000.00");
  }

  /** The unique (issuer, year, sequence) index refuses a taken number; the loser numbers again. */
  @Test
  void shouldGiveDistinctConsecutiveNumbersWhenDecisionsRaceInOneCounty() throws Exception {
    List<FindingRecorded> findings =
        IntStream.range(0, 4).mapToObj(i -> finding(Ids.next(), "990104", "PRIVATE")).toList();
    findings.forEach(this::send);
    List<String> caseIds =
        findings.stream().map(f -> CaseFile.idForFinding(f.findingId())).toList();
    caseIds.forEach(this::awaitCase);
    for (String id : caseIds) {
      readyForDecision(id, CITY_ADMIN);
    }
    int year = TODAY.getYear();

    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(caseIds.size());
    try {
      List<java.util.concurrent.Future<ModelCase>> decided =
          pool.invokeAll(
              caseIds.stream()
                  .map(
                      id ->
                          (java.util.concurrent.Callable<ModelCase>)
                              () ->
                                  decisions(CITY_ADMIN)
                                      .issueDecision(
                                          id, new DecisionRequest().fineAmount("13000.00"), null))
                  .toList());
      List<String> numbers = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<ModelCase> result : decided) {
        numbers.add(result.get().getDecision().getDecisionNumber());
      }
      assertThat(numbers)
          .containsExactlyInAnyOrder(
              IntStream.rangeClosed(1, caseIds.size())
                  .mapToObj(n -> "990104医保决〔" + year + "〕" + n + "号")
                  .toArray(String[]::new));
    } finally {
      pool.shutdownNow();
    }
  }

  /** 《行政处罚法》 art. 32, 2023年度省级飞行检查工作方案 §七(三), 承医保发〔2019〕2号 §17: the proposal explains the range. */
  @Test
  void shouldProposeThePenaltyWithMitigationAndExtrapolation() throws Exception {
    ModelCase opened = openCase("990102");

    PenaltyAssessment plain =
        decisions(AUDITOR).proposePenalty(opened.getId(), null, null, null, null);
    PenaltyAssessment lighter =
        decisions(COUNTY_ADMIN)
            .proposePenalty(
                opened.getId(),
                List.of(MitigationGround.SELF_INSPECTION_RECTIFIED),
                100L,
                1000L,
                "1200.00");
    ResponseEntity<String> badSample =
        get(
            "/api/cases/cases/"
                + opened.getId()
                + "/penalty?sampleCount=11&populationCount=10&sampleImproperAmount=1.00",
            COUNTY_ADMIN);
    ResponseEntity<String> badMoney =
        get(
            "/api/cases/cases/"
                + opened.getId()
                + "/penalty?sampleCount=1&populationCount=10&sampleImproperAmount=1.001",
            COUNTY_ADMIN);

    assertThat(plain.getArticle()).isEqualTo("38");
    assertThat(plain.getFineRange().getMin()).isEqualTo("12800.50");
    assertThat(plain.getFineRange().getMax()).isEqualTo("25601.00");
    assertThat(lighter.getExtrapolation().getResult()).isEqualTo("12000.00");
    assertThat(lighter.getExtrapolation().getRatio()).isEqualTo("0.100000");
    assertThat(lighter.getLossBase()).isEqualTo("12000.00");
    assertThat(lighter.getFineRange().getMin()).isEqualTo("12000.00");
    assertThat(lighter.getFineRange().getMax()).isEqualTo("18000.00");
    assertThat(lighter.getAdjustments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getKind()).isEqualTo(AdjustmentKind.LIGHTER);
              assertThat(a.getKindLabel()).isEqualTo("从轻");
            });
    assertThat(lighter.getExplanation()).contains("自查发现并已整改", "抽查比例");
    assertThat(badSample.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(badSample).path("type").asText()).endsWith("/sample-invalid");
    assertThat(badMoney.getStatusCode().value()).isEqualTo(400);
    assertThat(
            get("/api/cases/cases/" + opened.getId() + "/penalty", OTHER_COUNTY_ADMIN)
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  /**
   * Aggravation from the case history: a second decision for the same institution and class (屡查屡犯).
   */
  @Test
  void shouldAggravateWhenTheInstitutionWasDecidedForTheSameClassBefore() throws Exception {
    String institutionId = Ids.next();
    FindingRecorded earlier = finding(institutionId, "990103", "PUBLIC");
    send(earlier);
    String firstId = awaitCase(CaseFile.idForFinding(earlier.findingId())).getId();
    readyForDecision(firstId, PROVINCE_ADMIN);
    ModelCase first =
        decisions(PROVINCE_ADMIN)
            .issueDecision(firstId, new DecisionRequest().fineAmount("12800.50"), null);
    FindingRecorded again = finding(institutionId, "990103", "PUBLIC");
    send(again);
    String secondId = awaitCase(CaseFile.idForFinding(again.findingId())).getId();

    PenaltyAssessment heavier =
        decisions(PROVINCE_ADMIN).proposePenalty(secondId, null, null, null, null);

    assertThat(heavier.getAdjustments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getKind()).isEqualTo(AdjustmentKind.HEAVIER);
              assertThat(a.getGround()).isEqualTo("REPEAT_OFFENCE");
              assertThat(a.getExplanation()).contains(first.getDecision().getDecisionNumber());
            });
    assertThat(heavier.getFineRange().getMin()).isEqualTo("19200.75");
    readyForDecision(secondId, PROVINCE_ADMIN);
    ResponseEntity<String> tooLight =
        post(
            secondId,
            """
        {"fineAmount":"12800.50"}""",
            PROVINCE_ADMIN,
            null);
    assertThat(tooLight.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(tooLight).path("detail").asText()).contains("从重", "第三十八条");
  }

  // ---- intake from other clues (docs/domain.md#cases)
  // ---------------------------------------------

  /**
   * Smart-monitoring leads, tip-offs, self-inspection reports and handovers open cases through the
   * API.
   */
  @Test
  void shouldOpenACaseFromASmartMonitoringLeadOnceAndRefuseBadClues() throws Exception {
    String institutionId = Ids.next();
    kafka.send(
        RegistryTopics.INSTITUTIONS, institutionId, registryMessage(institutionId, 1, "PRIVATE"));
    String apiClient = TOKENS.bearer("provincial-monitoring", "990000", "API_CLIENT");
    String reference = "ZNJK-" + Ids.next();
    String lead =
        """
        {"origin":"SMART_MONITORING","reference":"%s","institutionId":"%s","category":"GENERAL_VIOLATION",
         "violationItem":"串换药品","periodFrom":"2026-01-01","periodTo":"2026-06-30","amountInvolved":"18600.00",
         "description":"智能监控规则命中 12 笔（演示）",
         "evidence":[{"title":"疑点明细表（演示）","kind":"SPREADSHEET","pages":3}]}"""
            .formatted(reference, institutionId);
    ResponseEntity<String> opened =
        await()
            .atMost(EVENTUALLY)
            .until(
                () -> postJson("/api/cases/cases", lead, apiClient),
                response -> response.getStatusCode().value() != 422);

    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    JsonNode created = JSON.readTree(opened.getBody());
    String caseId = created.path("id").asText();
    assertThat(created.path("status").asText()).isEqualTo("CLUE");
    assertThat(created.path("origin").asText()).isEqualTo("SMART_MONITORING");
    assertThat(created.path("originLabel").asText()).isEqualTo("智能监控");
    assertThat(created.path("ownership").asText()).isEqualTo("PRIVATE");
    assertThat(created.path("improperAmount").asText()).isEqualTo("18600.00");
    assertThat(created.path("source").path("reference").asText()).isEqualTo(reference);
    assertThat(created.path("source").path("violationItem").asText()).isEqualTo("串换药品");
    assertThat(created.path("source").path("evidence").get(0).path("pages").asInt()).isEqualTo(3);
    assertThat(created.path("deadline").path("step").asText()).isEqualTo("FILING");
    ConsumerRecord<String, String> event = awaitEvent(CaseOpened.TYPE, caseId);
    EventSchemaAssert.assertConforms(event.value(), CaseOpened.TYPE);
    assertThat(JSON.readTree(event.value()).path("data").path("origin").asText())
        .isEqualTo("SMART_MONITORING");

    assertThat(postJson("/api/cases/cases", lead, apiClient).getStatusCode().value())
        .isEqualTo(409);
    String backwards =
        lead.replace(reference, reference + "-B")
            .replace("\"periodTo\":\"2026-06-30\"", "\"periodTo\":\"2025-06-30\"");
    ResponseEntity<String> outOfOrder = postJson("/api/cases/cases", backwards, COUNTY_ADMIN);
    assertThat(outOfOrder.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(outOfOrder).path("type").asText()).endsWith("/period-out-of-order");
    assertThat(
            postJson(
                    "/api/cases/cases",
                    lead.replace(institutionId, "no-such-institution")
                        .replace(reference, reference + "-U"),
                    COUNTY_ADMIN)
                .getStatusCode()
                .value())
        .isEqualTo(422);
    assertThat(
            postJson(
                    "/api/cases/cases",
                    lead.replace(reference, reference + "-F"),
                    OTHER_COUNTY_ADMIN)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(
            postJson("/api/cases/cases", lead.replace(reference, reference + "-A"), AUDITOR)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            postJson(
                    "/api/cases/cases",
                    lead.replace(reference, reference + "-M").replace("18600.00", "18600.001"),
                    COUNTY_ADMIN)
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(cases(PROVINCE_ADMIN).listCases(institutionId, null, null, null, null).getTotal())
        .isEqualTo(1);
  }

  /**
   * A self-inspection report (自查自纠) is a case origin of its own: it matters for mitigation
   * (2023年度省级飞行检查工作方案 §七(三)).
   */
  @Test
  void shouldOpenCasesFromTipOffsSelfInspectionAndHandoversWithTheirOwnOrigin() throws Exception {
    String institutionId = Ids.next();
    kafka.send(
        RegistryTopics.INSTITUTIONS, institutionId, registryMessage(institutionId, 1, "PUBLIC"));
    for (String origin : List.of("TIP_OFF", "SELF_INSPECTION", "HANDOVER")) {
      String clue =
          """
          {"origin":"%s","reference":"%s","institutionId":"%s","category":"MANAGEMENT"}"""
              .formatted(origin, Ids.next(), institutionId);
      ResponseEntity<String> opened =
          await()
              .atMost(EVENTUALLY)
              .until(
                  () -> postJson("/api/cases/cases", clue, COUNTY_ADMIN),
                  response -> response.getStatusCode().value() != 422);
      assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
      assertThat(JSON.readTree(opened.getBody()).path("origin").asText()).isEqualTo(origin);
    }
    assertThat(cases(COUNTY_ADMIN).listCases(institutionId, null, null, null, null).getTotal())
        .isEqualTo(3);
  }

  private ResponseEntity<String> postJson(String path, String json, String bearer) {
    return http.post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .body(json)
        .retrieve()
        .toEntity(String.class);
  }

  // ---- doctors' points
  // ------------------------------------------------------------------------------------

  /**
   * 医保发〔2024〕23号: a decision naming a doctor proposes the tier of the province's points table (an
   * art. 38 decision: 4–6 points); the officer confirms points within it with a reason, published
   * once; points outside the tier or for a doctor not named are 422 and write nothing; a revoked
   * decision closes the case NOT_UPHELD, which withdraws the points in the registry.
   */
  @Test
  void shouldConfirmDoctorPointsWithinTheProposedTierAndCloseNotUpheldWhenRevoked()
      throws Exception {
    ModelCase ready = readyForDecision(openCase("990102").getId(), COUNTY_ADMIN);
    ResponseEntity<String> issued =
        post(
            ready.getId(),
            """
        {"fineAmount":"13000.00","doctors":[{"doctorId":"D9901020007","name":"王五（演示）"}]}""",
            COUNTY_ADMIN,
            null);
    assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
    ModelCase decided = cases(COUNTY_ADMIN).getCase(ready.getId());
    assertThat(decided.getDecision().getDoctorPoints())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getDoctorId()).isEqualTo("D9901020007");
              assertThat(p.getTierMin()).isEqualTo(4);
              assertThat(p.getTierMax()).isEqualTo(6);
              assertThat(p.getTierSource()).contains("医保发〔2024〕23号");
              assertThat(p.getPoints()).isNull();
            });
    String path = "/api/cases/cases/" + ready.getId() + "/doctor-points";

    ResponseEntity<String> notNamed =
        postJson(path, "{\"doctorId\":\"D-OTHER\",\"points\":5,\"reason\":\"主要责任\"}", COUNTY_ADMIN);
    assertThat(notNamed.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(notNamed).path("type").asText()).endsWith("/doctor-not-named");
    ResponseEntity<String> outside =
        postJson(
            path, "{\"doctorId\":\"D9901020007\",\"points\":7,\"reason\":\"主要责任\"}", COUNTY_ADMIN);
    assertThat(outside.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(outside).path("type").asText()).endsWith("/points-outside-tier");
    assertThat(problem(outside).path("violations").path(0).path("field").asText())
        .isEqualTo("points");
    ResponseEntity<String> foreign =
        postJson(
            path,
            "{\"doctorId\":\"D9901020007\",\"points\":5,\"reason\":\"主要责任\"}",
            OTHER_COUNTY_ADMIN);
    assertThat(foreign.getStatusCode().value()).isEqualTo(404);
    assertThat(cases(PROVINCE_ADMIN).getCase(ready.getId())).isEqualTo(decided);

    ResponseEntity<String> confirmed =
        postJson(
            path, "{\"doctorId\":\"D9901020007\",\"points\":5,\"reason\":\"主要责任\"}", COUNTY_ADMIN);
    assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);
    JsonNode points =
        JSON.readTree(confirmed.getBody()).path("decision").path("doctorPoints").path(0);
    assertThat(points.path("points").asInt()).isEqualTo(5);
    assertThat(points.path("confirmedBy").asText()).isEqualTo("county-admin");
    ResponseEntity<String> again =
        postJson(
            path, "{\"doctorId\":\"D9901020007\",\"points\":6,\"reason\":\"改判\"}", COUNTY_ADMIN);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(problem(again).path("type").asText()).endsWith("/points-already-confirmed");

    ConsumerRecord<String, String> event =
        awaitEvent(org.ybjg.cases.events.DoctorPointsConfirmed.TYPE, ready.getId());
    EventSchemaAssert.assertConforms(
        event.value(), org.ybjg.cases.events.DoctorPointsConfirmed.TYPE);
    assertThat(event.key()).isEqualTo(ready.getInstitutionId());
    JsonNode data = JSON.readTree(event.value()).path("data");
    assertThat(data.path("doctorId").asText()).isEqualTo("D9901020007");
    assertThat(data.path("points").asInt()).isEqualTo(5);
    assertThat(data.path("tierMin").asInt()).isEqualTo(4);
    assertThat(data.path("article").asText()).isEqualTo("38");

    ModelCase revoked =
        step(
            ready.getId(),
            new StepRequest().action(StepAction.REVOKE_DECISION).reason("行政复议决定撤销（演示）"));
    assertThat(revoked.getStatus()).isEqualTo(CaseStatus.CLOSED);
    ConsumerRecord<String, String> closed = awaitEvent(CaseClosed.TYPE, ready.getId());
    EventSchemaAssert.assertConforms(closed.value(), CaseClosed.TYPE);
    assertThat(JSON.readTree(closed.value()).path("data").path("outcome").asText())
        .isEqualTo("NOT_UPHELD");
  }

  /**
   * 加处罚款 (《行政处罚法》第七十二条): a fine paid by its due day leaves no surcharge — the recovery view shows
   * 0.00 and a surcharge payment is refused with its own problem type, nothing written.
   */
  @Test
  void shouldRefuseASurchargeOnAFinePaidOnTime() throws Exception {
    ModelCase ready = readyForDecision(openCase("990102").getId(), COUNTY_ADMIN);
    ResponseEntity<String> issued =
        post(ready.getId(), "{\"fineAmount\":\"13000.00\"}", COUNTY_ADMIN, null);
    assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
    step(ready.getId(), new StepRequest().action(StepAction.SERVE).recipient("院长(演示)"));
    String payments = "/api/cases/cases/" + ready.getId() + "/payments";
    ResponseEntity<String> early =
        postJson(payments, "{\"kind\":\"SURCHARGE\",\"amount\":\"100.00\"}", COUNTY_ADMIN);
    assertThat(early.getStatusCode().value()).as("nothing is late yet").isEqualTo(422);
    assertThat(problem(early).path("type").asText()).endsWith("/overpayment");
    ResponseEntity<String> paid =
        postJson(payments, "{\"kind\":\"FINE\",\"amount\":\"13000.00\"}", COUNTY_ADMIN);
    assertThat(paid.getStatusCode().value()).as(paid.getBody()).isEqualTo(200);
    JsonNode surcharge = JSON.readTree(paid.getBody()).path("recovery").path("surcharge");
    assertThat(surcharge.path("amount").asText()).isEqualTo("0.00");
    assertThat(surcharge.path("days").asInt()).isZero();
    ModelCase before = cases(COUNTY_ADMIN).getCase(ready.getId());

    ResponseEntity<String> refused =
        postJson(payments, "{\"kind\":\"SURCHARGE\",\"amount\":\"100.00\"}", COUNTY_ADMIN);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(refused).path("type").asText()).endsWith("/surcharge-on-paid-fine");
    assertThat(problem(refused).path("detail").asText()).contains("第七十二条");
    assertThat(cases(COUNTY_ADMIN).getCase(ready.getId())).isEqualTo(before);
  }

  // ---- referrals
  // ----------------------------------------------------------------------------------------

  /**
   * 吕医保发〔2021〕36号 §(三)2: a private institution's fraud case goes to public security; tracked; event
   * conforms.
   */
  @Test
  void shouldProposeReferAndTrackAReferralAndPublishIt() throws Exception {
    FindingRecorded fraud =
        new FindingRecorded(
            Ids.next(),
            Ids.next(),
            "示范县民营医院(演示)",
            "PRIVATE",
            "990102",
            "FRAUD",
            "伪造病历(演示)",
            new BigDecimal("5000.00"),
            TODAY,
            "inspector");
    send(fraud);
    String caseId = CaseFile.idForFinding(fraud.findingId());
    awaitCase(caseId);
    ReferralsApi referrals = new ReferralsApi(apiClient(COUNTY_ADMIN));

    List<ReferralProposal> proposals = referrals.proposeReferrals(caseId, null, true, null, null);
    assertThat(proposals)
        .extracting(ReferralProposal::getTarget)
        .containsExactly(ReferralTarget.PUBLIC_SECURITY, ReferralTarget.JUDICIARY);
    ResponseEntity<String> tooEarly =
        http.post()
            .uri("/api/cases/cases/{id}/referrals", caseId)
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
            .body("{\"target\":\"PUBLIC_SECURITY\",\"reason\":\"x\"}")
            .retrieve()
            .toEntity(String.class);
    assertThat(tooEarly.getStatusCode().value()).isEqualTo(409);

    step(caseId, new StepRequest().action(StepAction.FILE));
    ModelCase referred =
        referrals.referCase(
            caseId,
            new ReferralRequest()
                .target(ReferralTarget.PUBLIC_SECURITY)
                .reason("涉嫌伪造病历骗取医保基金(演示)")
                .documents(List.of(new ReferralDocument().title("案件移送书(演示)").pages(2))),
            null);
    String referralId = referred.getReferrals().get(0).getId();
    assertThat(referred.getReferrals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getStatus()).isEqualTo(ReferralStatus.SENT);
              assertThat(r.getTargetLabel()).isEqualTo("公安机关");
              assertThat(r.getDocuments())
                  .extracting(d -> d.getTitle())
                  .containsExactly("案件移送书(演示)");
            });
    assertThatThrownBy(
            () ->
                referrals.referCase(
                    caseId,
                    new ReferralRequest().target(ReferralTarget.PUBLIC_SECURITY).reason("again"),
                    null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    referrals.trackReferral(
        caseId,
        referralId,
        new ReferralUpdate().status(ReferralStatus.RECEIVED).by("县公安局经侦大队(演示)"),
        null);
    ModelCase answered =
        referrals.trackReferral(
            caseId,
            referralId,
            new ReferralUpdate().status(ReferralStatus.FEEDBACK).text("已立案侦查(演示)"),
            null);
    assertThat(answered.getReferrals().get(0).getFeedback()).isEqualTo("已立案侦查(演示)");
    assertThatThrownBy(
            () ->
                new ReferralsApi(apiClient(OTHER_COUNTY_ADMIN))
                    .trackReferral(
                        caseId,
                        referralId,
                        new ReferralUpdate().status(ReferralStatus.FEEDBACK).text("x"),
                        null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    assertThatThrownBy(
            () ->
                new ReferralsApi(apiClient(AUDITOR))
                    .referCase(
                        caseId,
                        new ReferralRequest().target(ReferralTarget.JUDICIARY).reason("x"),
                        null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));

    ConsumerRecord<String, String> event = awaitEvent(CaseReferred.TYPE, caseId);
    EventSchemaAssert.assertConforms(event.value(), CaseReferred.TYPE);
    assertThat(event.key()).isEqualTo(fraud.institutionId());
    assertThat(JSON.readTree(event.value()).path("data").path("target").asText())
        .isEqualTo("PUBLIC_SECURITY");
  }

  // ---- recovery
  // -----------------------------------------------------------------------------------------

  /**
   * Instalments (《行政处罚法》第六十六条), payments, execution by payment, outstanding per institution and
   * county.
   */
  @Test
  void shouldRecoverByInstalmentsAndReportOutstandingPerInstitutionAndCounty() throws Exception {
    String caseId = readyForDecision(openCase("990202").getId(), COUNTY_202).getId();
    ModelCase decided =
        decisions(COUNTY_202)
            .issueDecision(
                caseId,
                new DecisionRequest().fineAmount("20000.00"),
                null); // + return 12800.50 = 32800.50
    RecoveryApi recovery = new RecoveryApi(apiClient(COUNTY_202));
    ResponseEntity<String> notAddingUp =
        http.post()
            .uri("/api/cases/cases/{id}/instalments", caseId)
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_202)
            .body(
                "{\"reason\":\"困难\",\"instalments\":[{\"due\":\""
                    + TODAY.plusDays(30)
                    + "\",\"amount\":\"1.00\"}]}")
            .retrieve()
            .toEntity(String.class);
    assertThat(notAddingUp.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(notAddingUp).path("type").asText()).endsWith("/instalments-do-not-add-up");

    recovery.planInstalments(
        caseId,
        new InstalmentPlanRequest()
            .reason("经营困难(演示)")
            .instalments(
                List.of(
                    new InstalmentRequest().due(TODAY.plusDays(30)).amount("16400.25"),
                    new InstalmentRequest().due(TODAY.plusDays(60)).amount("16400.25"))),
        null);
    ModelCase served =
        procedure(COUNTY_202)
            .takeStep(caseId, new StepRequest().action(StepAction.SERVE).recipient("院长(演示)"), null);
    assertThat(served.getDeadline().getDue()).isEqualTo(TODAY.plusDays(30));
    ModelCase part =
        recovery.recordPayment(
            caseId,
            new PaymentRequest()
                .kind(PaymentKind.RETURN)
                .amount("12800.50")
                .reference("缴款书001(演示)"),
            null);
    assertThat(part.getRecovery().getOutstanding()).isEqualTo("20000.00");
    assertThat(part.getRecovery().getReturned()).isEqualTo("12800.50");
    ResponseEntity<String> over =
        http.post()
            .uri("/api/cases/cases/{id}/payments", caseId)
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_202)
            .body("{\"kind\":\"FINE\",\"amount\":\"20000.01\"}")
            .retrieve()
            .toEntity(String.class);
    assertThat(over.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(over).path("type").asText()).endsWith("/overpayment");

    RecoveryReport byCounty = recovery.getRecoveryReport(RecoveryGrouping.COUNTY, null);
    assertThat(byCounty.getRows())
        .anySatisfy(
            row -> {
              assertThat(row.getKey()).isEqualTo("990202");
              assertThat(new BigDecimal(row.getOutstanding()))
                  .isGreaterThanOrEqualTo(new BigDecimal("20000.00"));
            });
    RecoveryReport byInstitution =
        new RecoveryApi(apiClient(PROVINCE_ADMIN))
            .getRecoveryReport(RecoveryGrouping.INSTITUTION, "990202");
    assertThat(byInstitution.getRows())
        .anySatisfy(
            row -> {
              assertThat(row.getKey()).isEqualTo(decided.getInstitutionId());
              assertThat(row.getAssessed()).isEqualTo("32800.50");
              assertThat(row.getOutstanding()).isEqualTo("20000.00");
            });
    assertThat(
            get("/api/cases/recovery?groupBy=COUNTY&countyCode=990202", OTHER_COUNTY_ADMIN)
                .getStatusCode()
                .value())
        .isEqualTo(404);

    ModelCase executed =
        recovery.recordPayment(
            caseId, new PaymentRequest().kind(PaymentKind.FINE).amount("20000"), null);
    assertThat(executed.getStatus()).isEqualTo(CaseStatus.EXECUTED);
    assertThat(executed.getRecovery().getOutstanding()).isEqualTo("0.00");
    assertThat(executed.getRecovery().getInstalments())
        .allSatisfy(i -> assertThat(i.getCovered()).isTrue());
    EventSchemaAssert.assertConforms(
        awaitEvent(CaseExecuted.TYPE, caseId).value(), CaseExecuted.TYPE);
  }

  // ---- clear-to-zero ledger
  // --------------------------------------------------------------------------

  /**
   * 吕医保发〔2021〕36号 §(三)3: the ledger lists every open problem with origin, deadline, status and
   * recorded reason.
   */
  @Test
  void shouldListOpenProblemsWithReasonsAndCountClearedInTheLedger() throws Exception {
    ModelCase inCourt = openCase("990203");
    ModelCase unexplained = openCase("990203");
    ModelCase declined = openCase("990203");
    step203(declined.getId(), new StepRequest().action(StepAction.DECLINE).reason("不构成违法(演示)"));
    LedgerApi ledger = new LedgerApi(apiClient(COUNTY_203));
    ledger.noteLedgerReason(
        inCourt.getId(),
        new LedgerNoteRequest().reason(LedgerReason.IN_JUDICIAL_PROCEEDINGS).note("已移送公安机关(演示)"),
        null);
    ResponseEntity<String> noText =
        http.post()
            .uri("/api/cases/cases/{id}/ledger-note", unexplained.getId())
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_203)
            .body("{\"reason\":\"OTHER\"}")
            .retrieve()
            .toEntity(String.class);
    ResponseEntity<String> cleared =
        http.post()
            .uri("/api/cases/cases/{id}/ledger-note", declined.getId())
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_203)
            .body("{\"reason\":\"REFERRED\"}")
            .retrieve()
            .toEntity(String.class);

    LedgerReport report = ledger.getLedger(null, LocalDate.of(TODAY.getYear(), 12, 31), 0, 200);

    assertThat(noText.getStatusCode().value()).isEqualTo(422);
    assertThat(cleared.getStatusCode().value()).isEqualTo(409);
    assertThat(report.getTotal()).isEqualTo(3);
    assertThat(report.getCleared()).isEqualTo(1);
    assertThat(report.getOpen()).isEqualTo(2);
    assertThat(report.getOpenWithoutReason()).isEqualTo(1);
    assertThat(report.getItems())
        .extracting(LedgerItem::getCaseId)
        .containsExactlyInAnyOrder(inCourt.getId(), unexplained.getId());
    assertThat(report.getItems())
        .filteredOn(i -> i.getCaseId().equals(inCourt.getId()))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getReasonLabel()).isEqualTo("进入司法程序");
              assertThat(i.getOriginLabel()).isEqualTo("检查发现");
              assertThat(i.getDeadline().getStep()).isEqualTo(DeadlineStep.FILING);
            });
    assertThat(new LedgerApi(apiClient(PROVINCE_ADMIN)).getLedger("990203", null, 0, 20).getTotal())
        .isEqualTo(3);
    assertThat(
            get("/api/cases/ledger?countyCode=990203", OTHER_COUNTY_ADMIN).getStatusCode().value())
        .isEqualTo(404);
    assertThat(
            new LedgerApi(apiClient(OTHER_COUNTY_ADMIN)).getLedger(null, null, 0, 200).getItems())
        .extracting(LedgerItem::getCaseId)
        .doesNotContain(inCourt.getId());
  }

  // ---- tip-offs
  // -----------------------------------------------------------------------------------------

  /**
   * 澄江市医保局2024年预算项目文本 §(九), docs/law.md#credit-and-rewards: intake, identity for handlers only,
   * feedback by receipt code, reward.
   */
  @Test
  void shouldHandleATipOffKeepingTheIdentityToItsHandlersAndAnswerTheReceiptCodePublicly()
      throws Exception {
    TipOffsApi tipOffs = new TipOffsApi(apiClient(COUNTY_ADMIN));
    TipOff named =
        tipOffs.receiveTipOff(
            new TipOffRequest()
                .countyCode("990102")
                .institutionName("示范县人民医院(演示)")
                .content("虚记检查费用(演示)")
                .channel(TipOffChannel.ONLINE)
                .anonymous(false)
                .whistleblower(new Whistleblower().name("张三(演示)").phone("13800000000")));
    TipOff anonymous =
        tipOffs.receiveTipOff(
            new TipOffRequest()
                .countyCode("990102")
                .content("挂床住院(演示)")
                .channel(TipOffChannel.PHONE)
                .anonymous(true));
    ResponseEntity<String> noIdentity =
        http.post()
            .uri("/api/cases/tipoffs")
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
            .body(
                "{\"countyCode\":\"990102\",\"content\":\"x\",\"channel\":\"PHONE\",\"anonymous\":false}")
            .retrieve()
            .toEntity(String.class);
    ResponseEntity<String> unknownCounty =
        http.post()
            .uri("/api/cases/tipoffs")
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
            .body(
                "{\"countyCode\":\"990199\",\"content\":\"x\",\"channel\":\"PHONE\",\"anonymous\":true}")
            .retrieve()
            .toEntity(String.class);

    assertThat(named.getReceiptCode()).matches("[A-Z0-9]{12}");
    assertThat(named.getWhistleblower().getName()).isEqualTo("张三(演示)");
    assertThat(anonymous.getWhistleblower()).isNull();
    assertThat(noIdentity.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(noIdentity).path("type").asText()).endsWith("/identity-required");
    assertThat(unknownCounty.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(unknownCounty).path("violations").path(0).path("field").asText())
        .isEqualTo("countyCode");
    // the institution named must be one the directory knows inside the caller's region
    ResponseEntity<String> unknownInstitution =
        http.post()
            .uri("/api/cases/tipoffs")
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
            .body(
                "{\"countyCode\":\"990102\",\"institutionId\":\"no-such-institution\",\"content\":\"x\",\"channel\":\"PHONE\",\"anonymous\":true}")
            .retrieve()
            .toEntity(String.class);
    assertThat(unknownInstitution.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(unknownInstitution).path("violations").path(0).path("field").asText())
        .isEqualTo("institutionId");
    // the city administrator reads the tip-off but not who made it; the neighbouring county does
    // not see it
    TipOff seenByCity = new TipOffsApi(apiClient(CITY_ADMIN)).getTipOff(named.getId());
    assertThat(seenByCity.getIdentityHidden()).isTrue();
    assertThat(seenByCity.getWhistleblower()).isNull();
    assertThat(seenByCity.getReceiptCode()).doesNotContain(named.getReceiptCode());
    assertThat(get("/api/cases/tipoffs/" + named.getId(), CITY_ADMIN).getBody())
        .doesNotContain("张三", "13800000000");
    assertThat(
            get("/api/cases/tipoffs/" + named.getId(), OTHER_COUNTY_ADMIN).getStatusCode().value())
        .isEqualTo(404);
    assertThat(new TipOffsApi(apiClient(OTHER_COUNTY_ADMIN)).listTipOffs(null, 0, 200).getItems())
        .extracting(TipOff::getId)
        .doesNotContain(named.getId());
    assertThat(
            http.post()
                .uri("/api/cases/tipoffs/{id}/steps", named.getId())
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, CITY_ADMIN)
                .body("{\"action\":\"ACKNOWLEDGE\"}")
                .retrieve()
                .toEntity(String.class)
                .getStatusCode()
                .value())
        .as("not a handler")
        .isEqualTo(403);

    tipOffs.handleTipOff(named.getId(), new TipOffStepRequest().action(TipOffAction.ACKNOWLEDGE));
    TipOff verified =
        tipOffs.handleTipOff(
            named.getId(),
            new TipOffStepRequest()
                .action(TipOffAction.VERIFY)
                .verified(true)
                .verifiedAmount("18600.00"));
    assertThat(verified.getReward().getAmount()).isEqualTo("372.00");
    // a linked case must be one of the caller's region: an unknown id is refused, nothing written
    ResponseEntity<String> unknownCase =
        http.post()
            .uri("/api/cases/tipoffs/{id}/steps", named.getId())
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
            .body("{\"action\":\"HANDLE\",\"caseId\":\"no-such-case\",\"note\":\"x\"}")
            .retrieve()
            .toEntity(String.class);
    assertThat(unknownCase.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(unknownCase).path("type").asText()).endsWith("/unknown-case");
    tipOffs.handleTipOff(
        named.getId(), new TipOffStepRequest().action(TipOffAction.HANDLE).note("已立案(演示)"));
    tipOffs.handleTipOff(
        named.getId(),
        new TipOffStepRequest().action(TipOffAction.FEEDBACK).text("经查属实，已依法处理(演示)"));
    tipOffs.handleTipOff(named.getId(), new TipOffStepRequest().action(TipOffAction.PAY_REWARD));

    ResponseEntity<String> publicView =
        get("/api/cases/public/tipoffs/" + named.getReceiptCode(), null);
    assertThat(publicView.getStatusCode().value()).isEqualTo(200);
    JsonNode receipt = JSON.readTree(publicView.getBody());
    assertThat(receipt.path("statusLabel").asText()).isEqualTo("已反馈");
    assertThat(receipt.path("feedback").asText()).isEqualTo("经查属实，已依法处理(演示)");
    assertThat(receipt.path("rewardStatus").asText()).isEqualTo("PAID");
    assertThat(publicView.getBody()).doesNotContain("张三", "13800000000", "虚记检查费用");
    assertThat(get("/api/cases/public/tipoffs/ZZZZZZZZZZZZ", null).getStatusCode().value())
        .isEqualTo(404);
  }

  /**
   * A citizen's tip-off from the disclosure site: no token, a receipt code; the contact stays with
   * the handlers.
   */
  @Test
  void shouldTakeACitizensTipOffWithoutTokenAndLetTheCountyClaimIt() throws Exception {
    ResponseEntity<String> submitted =
        publicTipOff(
            """
        {"countyCode":"990102","institutionName":"示范县人民医院(演示)","content":"网上举报：虚记化验费用(演示)",
         "anonymous":false,"whistleblower":{"name":"李四(演示)","phone":"13900000000"}}""");
    ResponseEntity<String> unknownCounty =
        publicTipOff(
            """
        {"countyCode":"990199","content":"x","anonymous":true}""");
    ResponseEntity<String> namedWithoutContact =
        publicTipOff(
            """
        {"countyCode":"990102","content":"x","anonymous":false}""");
    ResponseEntity<String> noContent =
        publicTipOff(
            """
        {"countyCode":"990102","anonymous":true}""");
    ResponseEntity<String> badCounty =
        publicTipOff(
            """
        {"countyCode":"99010","content":"x","anonymous":true}""");
    ResponseEntity<String> otherPublicWrite =
        http.put()
            .uri("/api/cases/public/tipoffs")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{}")
            .retrieve()
            .toEntity(String.class);

    assertThat(submitted.getStatusCode().value()).isEqualTo(201);
    JsonNode receipt = JSON.readTree(submitted.getBody());
    String code = receipt.path("receiptCode").asText();
    assertThat(code).matches("[A-Z0-9]{12}");
    assertThat(receipt.path("status").asText()).isEqualTo("RECEIVED");
    assertThat(receipt.path("statusLabel").asText()).isEqualTo("已受理");
    assertThat(submitted.getBody()).doesNotContain("李四", "13900000000", "虚记化验费用");
    ResponseEntity<String> followed = get("/api/cases/public/tipoffs/" + code, null);
    assertThat(followed.getStatusCode().value()).isEqualTo(200);
    assertThat(JSON.readTree(followed.getBody()).path("statusLabel").asText()).isEqualTo("已受理");
    assertThat(followed.getBody()).doesNotContain("李四", "13900000000", "虚记化验费用");
    assertThat(unknownCounty.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(unknownCounty).path("violations").path(0).path("field").asText())
        .isEqualTo("countyCode");
    assertThat(namedWithoutContact.getStatusCode().value()).isEqualTo(422);
    assertThat(problem(namedWithoutContact).path("type").asText()).endsWith("/identity-required");
    assertThat(noContent.getStatusCode().value()).isEqualTo(400);
    assertThat(noContent.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(badCounty.getStatusCode().value()).isEqualTo(400);
    assertThat(otherPublicWrite.getStatusCode().value()).as("only POST is public").isEqualTo(401);
    ResponseEntity<String> counties = get("/api/cases/public/counties", null);
    assertThat(counties.getStatusCode().value()).isEqualTo(200);
    JsonNode listedCounty =
        java.util.stream.StreamSupport.stream(
                JSON.readTree(counties.getBody()).spliterator(), false)
            .filter(c -> "990102".equals(c.path("code").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(listedCounty.path("cityCode").asText()).isEqualTo("990100");
    assertThat(listedCounty.path("name").asText()).isNotBlank();

    // the county sees it, received online and unclaimed, without the identity; an administrator
    // claims it
    TipOffsApi county = new TipOffsApi(apiClient(COUNTY_ADMIN));
    TipOff listed =
        county.listTipOffs("990102", 0, 200).getItems().stream()
            .filter(t -> "网上举报：虚记化验费用(演示)".equals(t.getContent()))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getChannel()).isEqualTo(TipOffChannel.ONLINE);
    assertThat(listed.getHandlers()).isEmpty();
    assertThat(listed.getIdentityHidden()).isTrue();
    assertThat(listed.getWhistleblower()).isNull();
    assertThat(
            http.post()
                .uri("/api/cases/tipoffs/{id}/steps", listed.getId())
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
                .body("{\"action\":\"ACKNOWLEDGE\"}")
                .retrieve()
                .toEntity(String.class)
                .getStatusCode()
                .value())
        .as("unclaimed: only ASSIGN")
        .isEqualTo(403);
    TipOff claimed =
        county.handleTipOff(
            listed.getId(),
            new TipOffStepRequest().action(TipOffAction.ASSIGN).handler("county-admin"));
    assertThat(claimed.getHandlers()).containsExactly("county-admin");
    assertThat(claimed.getWhistleblower().getName()).isEqualTo("李四(演示)");
    assertThat(claimed.getReceiptCode()).isEqualTo(code);
    assertThat(get("/api/cases/tipoffs/" + listed.getId(), CITY_ADMIN).getBody())
        .doesNotContain("李四", "13900000000");
  }

  private ResponseEntity<String> publicTipOff(String body) {
    return http.post()
        .uri("/api/cases/public/tipoffs")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  // ---- deadlines
  // --------------------------------------------------------------------------------------

  /**
   * NHSA Order 4: a clue not filed within 15 working days is overdue, listed and announced once.
   */
  @Test
  void shouldListAndAnnounceOnceAClueNotFiledInTime() throws Exception {
    FindingRecorded old =
        new FindingRecorded(
            Ids.next(),
            Ids.next(),
            "示范县卫生院(演示)",
            "PUBLIC",
            "990102",
            "GENERAL_VIOLATION",
            "旧线索(演示)",
            new BigDecimal("500.00"),
            LocalDate.of(2025, 12, 1),
            "inspector");
    send(old);
    String caseId = CaseFile.idForFinding(old.findingId());
    ModelCase registered = awaitCase(caseId);

    assertThat(registered.getProcedure().getFilingDue()).isEqualTo(LocalDate.of(2025, 12, 22));
    assertThat(registered.getDeadline().getOverdue()).isTrue();
    ConsumerRecord<String, String> overdue = awaitEvent(CaseOverdue.TYPE, caseId);
    EventSchemaAssert.assertConforms(overdue.value(), CaseOverdue.TYPE);
    assertThat(overdue.key()).isEqualTo(old.institutionId());
    JsonNode data = JSON.readTree(overdue.value()).path("data");
    assertThat(data.path("step").asText()).isEqualTo("FILING");
    assertThat(data.path("due").asText()).isEqualTo("2025-12-22");
    assertThat(procedure(COUNTY_ADMIN).listOverdueCases(null, 0, 200).getItems())
        .extracting(ModelCase::getId)
        .contains(caseId);
    assertThat(procedure(OTHER_COUNTY_ADMIN).listOverdueCases(null, 0, 200).getItems())
        .extracting(ModelCase::getId)
        .doesNotContain(caseId);
    awaitOutboxDrained(caseId);
    Thread.sleep(1500); // more scans pass
    assertThat(eventsOf(CaseOverdue.TYPE, caseId)).as("announced once").hasSize(1);
    assertThat(cases(COUNTY_ADMIN).getCase(caseId).getHistory())
        .extracting(HistoryEntry::getKind)
        .containsExactly(HistoryKind.OPENED, HistoryKind.OVERDUE);
  }

  @Test
  void shouldServeTheRulesAndWorkOutDeadlinesOnTheCalendar() throws Exception {
    Rules rules = new RulesApi(apiClient(AUDITOR)).getRules();
    DeadlineAnswer nationalDay =
        new RulesApi(apiClient(COUNTY_ADMIN))
            .computeDeadline(LocalDate.of(2026, 9, 28), 5, TimeUnit.WORKING_DAYS);

    assertThat(rules.getPenaltyRules())
        .extracting(PenaltyRule::getArticle)
        .containsExactlyInAnyOrder("38", "39", "40");
    assertThat(rules.getTimeLimits())
        .anySatisfy(
            l -> {
              assertThat(l.getStep()).isEqualTo("FILING");
              assertThat(l.getAmount()).isEqualTo(15);
              assertThat(l.getUnit()).isEqualTo(TimeUnit.WORKING_DAYS);
            });
    assertThat(rules.getLargeFine()).isEqualTo("100000.00");
    assertThat(nationalDay.getDue()).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(nationalDay.getCalendarCovers()).isTrue();
    assertThat(get("/api/cases/rules", null).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void shouldRefuseStaleIfMatchWithConcurrentChange() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> response =
        http.post()
            .uri("/api/cases/cases/{id}/steps", opened.getId())
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
            .header(HttpHeaders.IF_MATCH, "\"7\"")
            .body("{\"action\":\"FILE\"}")
            .retrieve()
            .toEntity(String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(409);
    assertThat(problem(response).path("type").asText()).endsWith("/concurrent-change");
    assertUnchanged(opened);
  }

  /** Money is a string with at most two decimals, never negative; a JSON number is accepted. */
  @Test
  void shouldAnswerBadRequestWithViolationsWhenInputIsMalformed() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> negativeFine =
        post(
            opened.getId(),
            """
        {"measures":[],"fineAmount":-1}""",
            COUNTY_ADMIN,
            null);
    ResponseEntity<String> noKind =
        post(
            opened.getId(),
            """
        {"measures":[{"months":6,"from":"2026-03-01"}]}""",
            COUNTY_ADMIN,
            null);
    ResponseEntity<String> badIfMatch =
        post(opened.getId(), suspensionOfSixMonths(), COUNTY_ADMIN, "yesterday");
    ResponseEntity<String> tooManyFractions =
        post(
            opened.getId(),
            """
        {"measures":[],"fineAmount":100.001}""",
            COUNTY_ADMIN,
            null);
    ResponseEntity<String> textFractions =
        postStep(
            opened.getId(),
            """
        {"action":"NOTIFY","proposal":"x","proposedFine":"1.234"}""",
            COUNTY_ADMIN);

    assertThat(negativeFine.getStatusCode().value()).isEqualTo(400);
    assertThat(problem(negativeFine).path("violations").path(0).path("field").asText())
        .isEqualTo("fineAmount");
    assertThat(noKind.getStatusCode().value()).isEqualTo(400);
    assertThat(problem(noKind).path("violations").toString()).contains("measures[0].kind");
    assertThat(badIfMatch.getStatusCode().value()).isEqualTo(400);
    assertThat(tooManyFractions.getStatusCode().value()).isEqualTo(400);
    assertThat(problem(tooManyFractions).path("violations").path(0).path("field").asText())
        .isEqualTo("fineAmount");
    assertThat(textFractions.getStatusCode().value()).isEqualTo(400);
    assertThat(problem(textFractions).path("violations").path(0).path("field").asText())
        .isEqualTo("proposedFine");
    assertThat(get("/api/cases/cases?size=201", COUNTY_ADMIN).getStatusCode().value())
        .isEqualTo(400);
    assertThat(get("/api/cases/cases?status=OPEN", COUNTY_ADMIN).getStatusCode().value())
        .isEqualTo(400);
    assertUnchanged(opened);
  }

  @Test
  void shouldAnswerNotFoundOrForbiddenWhenOthersTakeSteps() throws Exception {
    ModelCase opened = openCase("990102");

    assertThat(
            postStep(opened.getId(), "{\"action\":\"FILE\"}", OTHER_COUNTY_ADMIN)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(postStep(opened.getId(), "{\"action\":\"FILE\"}", AUDITOR).getStatusCode().value())
        .isEqualTo(403);
    assertThat(postStep(opened.getId(), "{\"action\":\"FILE\"}", null).getStatusCode().value())
        .isEqualTo(401);
    assertThat(get("/api/cases/overdue", null).getStatusCode().value()).isEqualTo(401);
    assertThat(
            get("/api/cases/overdue?countyCode=990102", OTHER_COUNTY_ADMIN).getStatusCode().value())
        .isEqualTo(404);
    assertUnchanged(opened);
  }

  // ---- who may do what
  // ------------------------------------------------------------------------------

  @Test
  void shouldAnswerNotFoundWhenNeighbouringCountyDecides() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> response =
        post(opened.getId(), suspensionOfSixMonths(), OTHER_COUNTY_ADMIN, null);

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertUnchanged(opened);
  }

  @Test
  void shouldAnswerForbiddenWhenAuditorDecidesOrInstitutionReads() throws Exception {
    ModelCase opened = openCase("990102");

    ResponseEntity<String> auditorWrites =
        post(opened.getId(), suspensionOfSixMonths(), AUDITOR, null);

    assertThat(auditorWrites.getStatusCode().value()).isEqualTo(403);
    assertThat(problem(auditorWrites).path("type").asText()).endsWith("/forbidden");
    assertThat(cases(AUDITOR).getCase(opened.getId()).getId())
        .as("auditors read")
        .isEqualTo(opened.getId());
    assertThat(get("/api/cases/cases/" + opened.getId(), INSTITUTION_USER).getStatusCode().value())
        .isEqualTo(403);
    assertUnchanged(opened);
  }

  @Test
  void shouldAnswerUnauthorizedWithoutTokenButServeTheContract() throws Exception {
    ModelCase opened = openCase("990102");

    assertThat(get("/api/cases/cases", null).getStatusCode().value()).isEqualTo(401);
    assertThat(get("/api/cases/cases/" + opened.getId(), null).getStatusCode().value())
        .isEqualTo(401);
    ResponseEntity<String> write = post(opened.getId(), suspensionOfSixMonths(), null, null);
    assertThat(write.getStatusCode().value()).isEqualTo(401);
    assertThat(problem(write).path("type").asText()).endsWith("/unauthenticated");
    assertUnchanged(opened);

    ResponseEntity<String> contract = get("/api/cases/openapi.yaml", null);
    assertThat(contract.getStatusCode().value()).isEqualTo(200);
    assertThat(contract.getBody())
        .startsWith("openapi: 3.0.3")
        .contains("/api/cases/cases/{id}/decision", "已立案");
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------

  private static FindingRecorded finding(String institutionId, String county, String ownership) {
    return new FindingRecorded(
        Ids.next(),
        institutionId,
        "示范县人民医院(演示)",
        ownership,
        county,
        "GENERAL_VIOLATION",
        "重复收费、超标准收费(演示)",
        new BigDecimal("12800.50"),
        TODAY,
        "inspector");
  }

  private String envelopeOf(FindingRecorded finding) {
    return events.serialize(
        events.envelope(
            new EventType(FindingRecorded.TYPE, InspectionTopics.EVENTS),
            finding.findingId(),
            finding));
  }

  private void send(FindingRecorded finding) {
    kafka.send(InspectionTopics.EVENTS, finding.institutionId(), envelopeOf(finding));
  }

  private String registryMessage(String institutionId, long version, String ownership) {
    InstitutionChanged changed =
        new InstitutionChanged(
            institutionId,
            version,
            "H9901020" + version,
            "示范县人民医院(演示)",
            "MEDICAL_INSTITUTION",
            "SECONDARY",
            ownership,
            "990102",
            List.of("990102", "990100", "990000"),
            new InstitutionChanged.Agreement(
                "ACTIVE", LocalDate.of(2025, 1, 1), null, null, List.of(), null),
            "A",
            new InstitutionChanged.Change("REGISTERED", null, Instant.now()));
    return events.serialize(
        events.envelope(
            new EventType(InstitutionChanged.TYPE, RegistryTopics.INSTITUTIONS),
            institutionId,
            changed));
  }

  private ModelCase openCase(String county) {
    FindingRecorded finding = finding(Ids.next(), county, "PUBLIC");
    send(finding);
    return awaitCase(CaseFile.idForFinding(finding.findingId()));
  }

  private ModelCase awaitCase(String caseId) {
    return await()
        .atMost(EVENTUALLY)
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> cases(PROVINCE_ADMIN).getCase(caseId), found -> found != null);
  }

  private void assertUnchanged(ModelCase opened) throws ApiException {
    ModelCase now = cases(PROVINCE_ADMIN).getCase(opened.getId());
    assertThat(now).isEqualTo(opened);
    assertThat(now.getStatus()).isEqualTo(opened.getStatus());
    // events leave only through the outbox, written with the case: same version, nothing was stored
    // to publish
    Document stored = mongo.findById(opened.getId(), Document.class, CaseFiles.COLLECTION);
    assertThat(stored.getLong("version")).isEqualTo(opened.getVersion());
    assertThat(stored.getList(AggregateStore.OUTBOX, Document.class, List.of()))
        .noneMatch(entry -> DecisionIssued.TYPE.equals(entry.getString("type")));
  }

  /** Waits until the case's outbox is empty: everything it stored has been published. */
  private void awaitOutboxDrained(String caseId) {
    await()
        .atMost(EVENTUALLY)
        .until(
            () -> {
              Document stored = mongo.findById(caseId, Document.class, CaseFiles.COLLECTION);
              return stored != null
                  && stored.getList(AggregateStore.OUTBOX, Document.class, List.of()).isEmpty();
            });
  }

  private ConsumerRecord<String, String> awaitEvent(String type, String caseId) {
    List<ConsumerRecord<String, String>> found =
        kafka
            .read(
                CaseTopics.EVENTS,
                EVENTUALLY,
                records -> records.stream().anyMatch(r -> isEvent(r, type, caseId)))
            .stream()
            .filter(r -> isEvent(r, type, caseId))
            .toList();
    assertThat(found).as("%s of case %s on %s", type, caseId, CaseTopics.EVENTS).isNotEmpty();
    return found.get(0);
  }

  /** Every published event of this type and case; the outbox must have been drained first. */
  private List<ConsumerRecord<String, String>> eventsOf(String type, String caseId) {
    return kafka.read(CaseTopics.EVENTS, Duration.ofSeconds(2), records -> false).stream()
        .filter(r -> isEvent(r, type, caseId))
        .toList();
  }

  private static boolean isEvent(
      ConsumerRecord<String, String> record, String type, String caseId) {
    return record.value() != null
        && record.value().contains("\"type\":\"" + type + "\"")
        && record.value().contains("\"subject\":\"" + caseId + "\"");
  }

  /** Waits until the service's consumer group has committed everything on {@code topic}. */
  private void awaitConsumed(String topic) {
    List<TopicPartition> partitions =
        IntStream.range(0, 3).mapToObj(p -> new TopicPartition(topic, p)).toList();
    await()
        .atMost(EVENTUALLY)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              Map<TopicPartition, ListOffsetsResultInfo> ends =
                  kafkaAdmin
                      .listOffsets(
                          partitions.stream()
                              .collect(
                                  Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                      .all()
                      .get();
              Map<TopicPartition, OffsetAndMetadata> committed =
                  kafkaAdmin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
              return partitions.stream()
                  .allMatch(
                      p ->
                          ends.get(p).offset() == 0
                              || committed.get(p) != null
                                  && committed.get(p).offset() >= ends.get(p).offset());
            });
  }

  /**
   * FILE, NOTIFY (a suspension proposed: hearing right), WAIVE, LEGAL_REVIEW: the case may be
   * decided.
   */
  private ModelCase readyForDecision(String caseId, String bearer) throws ApiException {
    ProcedureApi api = procedure(bearer);
    if (cases(bearer).getCase(caseId).getStatus() == CaseStatus.CLUE) {
      api.takeStep(
          caseId, new StepRequest().action(StepAction.FILE).signedBy(List.of("张局长(演示)")), null);
    }
    api.takeStep(
        caseId,
        new StepRequest()
            .action(StepAction.NOTIFY)
            .proposal("拟责令退回并罚款，暂停相关科室医保服务6个月(演示)")
            .proposesAgreementMeasure(true),
        null);
    api.takeStep(
        caseId, new StepRequest().action(StepAction.WAIVE).signedBy(List.of("院长(演示)")), null);
    return api.takeStep(
        caseId,
        new StepRequest()
            .action(StepAction.LEGAL_REVIEW)
            .signedBy(List.of("法制审核员(演示)"))
            .note("事实清楚，证据确凿(演示)"),
        null);
  }

  private ModelCase step(String caseId, StepRequest request) throws ApiException {
    return procedure(COUNTY_ADMIN).takeStep(caseId, request, null);
  }

  private ModelCase step203(String caseId, StepRequest request) throws ApiException {
    return procedure(COUNTY_203).takeStep(caseId, request, null);
  }

  private ProcedureApi procedure(String bearer) {
    return new ProcedureApi(apiClient(bearer));
  }

  private ResponseEntity<String> postStep(String caseId, String body, String bearer) {
    return http.post()
        .uri("/api/cases/cases/{id}/steps", caseId)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            h -> {
              if (bearer != null) {
                h.set(HttpHeaders.AUTHORIZATION, bearer);
              }
            })
        .body(body)
        .retrieve()
        .toEntity(String.class);
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
    return http.get()
        .uri(path)
        .headers(
            h -> {
              if (bearer != null) {
                h.set(HttpHeaders.AUTHORIZATION, bearer);
              }
            })
        .retrieve()
        .toEntity(String.class);
  }

  private ResponseEntity<String> postInChinese(String caseId, String body) {
    return http.post()
        .uri("/api/cases/cases/{id}/decision", caseId)
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.AUTHORIZATION, COUNTY_ADMIN)
        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  private ResponseEntity<String> post(String caseId, String body, String bearer, String ifMatch) {
    return http.post()
        .uri("/api/cases/cases/{id}/decision", caseId)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            h -> {
              if (bearer != null) {
                h.set(HttpHeaders.AUTHORIZATION, bearer);
              }
              if (ifMatch != null) {
                h.set(HttpHeaders.IF_MATCH, ifMatch);
              }
            })
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  private static JsonNode problem(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }
}
