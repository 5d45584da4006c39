package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ybjg.cases.client.CasesApi;
import org.ybjg.cases.client.DecisionsApi;
import org.ybjg.cases.client.LedgerApi;
import org.ybjg.cases.client.ProcedureApi;
import org.ybjg.cases.client.RecoveryApi;
import org.ybjg.cases.client.ReferralsApi;
import org.ybjg.cases.client.model.CaseStatus;
import org.ybjg.cases.client.model.DecisionRequest;
import org.ybjg.cases.client.model.LedgerItem;
import org.ybjg.cases.client.model.MeasureKind;
import org.ybjg.cases.client.model.MeasureRequest;
import org.ybjg.cases.client.model.ModelCase;
import org.ybjg.cases.client.model.PaymentKind;
import org.ybjg.cases.client.model.PaymentRequest;
import org.ybjg.cases.client.model.PenaltyAssessment;
import org.ybjg.cases.client.model.ReferralProposal;
import org.ybjg.cases.client.model.ReferralRequest;
import org.ybjg.cases.client.model.ReferralStatus;
import org.ybjg.cases.client.model.ReferralTarget;
import org.ybjg.cases.client.model.StepAction;
import org.ybjg.cases.client.model.StepRequest;
import org.ybjg.inspection.client.CoverageApi;
import org.ybjg.inspection.client.DirectoryApi;
import org.ybjg.inspection.client.FindingsApi;
import org.ybjg.inspection.client.model.CountyCoverage;
import org.ybjg.inspection.client.model.CoverageProgress;
import org.ybjg.inspection.client.model.CoverageRound;
import org.ybjg.inspection.client.model.FindingCategory;
import org.ybjg.inspection.client.model.NewCoverageRound;
import org.ybjg.inspection.client.model.NewFinding;
import org.ybjg.registry.client.CreditApi;
import org.ybjg.registry.client.InstitutionsApi;
import org.ybjg.registry.client.model.AgreementState;
import org.ybjg.registry.client.model.CreditFile;
import org.ybjg.registry.client.model.Institution;
import org.ybjg.registry.client.model.InstitutionLevel;
import org.ybjg.registry.client.model.InstitutionType;
import org.ybjg.registry.client.model.Ownership;
import org.ybjg.registry.client.model.RegisterInstitutionRequest;
import org.ybjg.reporting.client.CountySummariesApi;
import org.ybjg.reporting.client.model.CountySummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole platform as a user meets it: every service in its own process behind the gateway, on
 * the embedded MongoDB-wire server and Kafka broker, driven through the generated clients with
 * tokens from the gateway. Prints what the platform costs (start time, memory of every process) so
 * the figures can be quoted.
 */
class PlatformIT {

  private static final Duration EVENTUAL = Duration.ofSeconds(30);
  private static final String COUNTY = "990102";
  private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path varDir;

  private static Platform platform;
  private static URI gateway;
  private static String countyAdmin;
  private static String inspector;
  private static String otherCountyAdmin;

  @BeforeAll
  static void startPlatform() throws Exception {
    platform =
        new Platform(PlatformConfig.withPortOffset(PlatformConfig.findRootDir(), varDir, 10000))
            .start();
    gateway = platform.gatewayUrl();
    System.out.printf(
        "[measure] platform started in %.1f s (infrastructure, 4 services, gateway: all UP)%n",
        platform.startDuration().toMillis() / 1000.0);
    countyAdmin = token("county-admin");
    inspector = token("inspector");
    otherCountyAdmin = token("other-county-admin");
  }

  @AfterAll
  static void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void
      shouldCarryRegistrationFindingCaseAndSuspensionAcrossEveryServiceWhenDrivenThroughTheGateway()
          throws Exception {
    OpenedCase opened = registerWithFindingAndCase("东江市端到端测试医院（演示）", COUNTY);
    String institutionId = opened.institutionId();
    String caseId = opened.caseId();
    LocalDate today = LocalDate.now(BUREAU_ZONE);

    // the statutory procedure (docs/law.md#penalty-procedure): filing, notice of the proposed
    // penalty, waiver, legal review
    ProcedureApi procedure = procedure(countyAdmin);
    procedure.takeStep(
        caseId, new StepRequest().action(StepAction.FILE).signedBy(List.of("张局长(演示)")), null);
    procedure.takeStep(
        caseId,
        new StepRequest()
            .action(StepAction.NOTIFY)
            .proposal("拟责令退回并罚款37200元，暂停医保服务6个月(演示)")
            .proposesAgreementMeasure(true),
        null);
    procedure.takeStep(
        caseId, new StepRequest().action(StepAction.WAIVE).signedBy(List.of("院长(演示)")), null);
    procedure.takeStep(
        caseId,
        new StepRequest().action(StepAction.LEGAL_REVIEW).signedBy(List.of("法制审核员(演示)")),
        null);

    // art. 38: return the loss and a fine of 1×–2× of it; one fen above the range is refused,
    // citing the article
    PenaltyAssessment penalty =
        decisions(countyAdmin).proposePenalty(caseId, null, null, null, null);
    assertThat(penalty.getArticle()).isEqualTo("38");
    assertThat(penalty.getFineRange().getMax()).isEqualTo("37200.00");
    HttpResponse<String> outOfRange =
        post(
            countyAdmin,
            "/api/cases/cases/" + caseId + "/decision",
            "{\"fineAmount\":\"37200.01\"}");
    assertThat(outOfRange.statusCode()).as(outOfRange.body()).isEqualTo(422);
    assertThat(outOfRange.body()).contains("第三十八条");

    ModelCase decided =
        decisions(countyAdmin)
            .issueDecision(
                caseId,
                new DecisionRequest()
                    .addMeasuresItem(
                        new MeasureRequest()
                            .kind(MeasureKind.SUSPEND_AGREEMENT)
                            .months(6)
                            .from(today))
                    .fineAmount("37200.00"),
                null);
    assertThat(decided.getStatus()).isEqualTo(CaseStatus.DECIDED);
    assertThat(decided.getDecision().getDecisionNumber()).contains("〔" + today.getYear() + "〕");

    // referral proposed from the institution's ownership (private → public security), then sent
    ReferralsApi referrals = referrals(countyAdmin);
    assertThat(referrals.proposeReferrals(caseId, true, null, null, null))
        .extracting(ReferralProposal::getTarget)
        .contains(ReferralTarget.PUBLIC_SECURITY);
    ModelCase referred =
        referrals.referCase(
            caseId,
            new ReferralRequest()
                .target(ReferralTarget.PUBLIC_SECURITY)
                .reason("民营医院串换药品，移送公安机关(演示)"),
            null);
    assertThat(referred.getReferrals())
        .singleElement()
        .satisfies(referral -> assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT));

    // service, then recovery: the fund money returned and the fine paid execute the decision
    procedure.takeStep(
        caseId, new StepRequest().action(StepAction.SERVE).recipient("院长(演示)"), null);
    RecoveryApi recovery = recovery(countyAdmin);
    recovery.recordPayment(
        caseId, new PaymentRequest().kind(PaymentKind.RETURN).amount("18600.00"), null);
    ModelCase executed =
        recovery.recordPayment(
            caseId, new PaymentRequest().kind(PaymentKind.FINE).amount("37200.00"), null);
    assertThat(executed.getStatus()).isEqualTo(CaseStatus.EXECUTED);
    assertThat(executed.getRecovery().getOutstanding()).isEqualTo("0.00");

    // the clear-to-zero ledger lists the case as an open problem until it is closed
    assertThat(ledger(countyAdmin).getLedger(COUNTY, null, null, 200).getItems())
        .extracting(LedgerItem::getCaseId)
        .contains(caseId);

    // case.events.v1 → the registry suspends the agreement for six months
    await()
        .atMost(EVENTUAL)
        .untilAsserted(
            () -> {
              Institution suspended = registry(countyAdmin).getInstitution(institutionId);
              assertThat(suspended.getAgreement().getState()).isEqualTo(AgreementState.SUSPENDED);
              assertThat(suspended.getAgreement().getSuspendedFrom()).isEqualTo(today);
              assertThat(suspended.getAgreement().getSuspendedUntil())
                  .isEqualTo(today.plusMonths(6).minusDays(1));
              assertThat(suspended.getAgreement().getCauseCaseId()).isEqualTo(caseId);
            });
    // ... and records the decision in the institution's credit file, once
    await()
        .atMost(EVENTUAL)
        .untilAsserted(
            () -> {
              CreditFile credit = credit(countyAdmin).getCreditFile(institutionId);
              assertThat(credit.getRecords())
                  .singleElement()
                  .satisfies(
                      record -> {
                        assertThat(record.getCaseId()).isEqualTo(caseId);
                        assertThat(record.getDecisionNumber())
                            .isEqualTo(decided.getDecision().getDecisionNumber());
                      });
              assertThat(credit.getGrade()).isEqualTo("B");
            });

    // every topic → the county's figures in the reporting service
    await()
        .atMost(EVENTUAL)
        .untilAsserted(
            () -> {
              CountySummary county = reports(countyAdmin).getCountySummary(COUNTY);
              assertThat(county.getFindings()).isEqualTo(1);
              assertThat(county.getCasesOpened()).isEqualTo(1);
              assertThat(county.getDecisions()).isEqualTo(1);
              assertThat(county.getSuspensionsDecided()).isEqualTo(1);
              assertThat(county.getAgreementsSuspended()).isEqualTo(1);
              assertThat(county.getFinesDecided()).isEqualTo("37200.00");
            });
  }

  /**
   * A city admin writes a re-check plan, publishes it, fixes the seed in a ceremony and draws, all
   * through the gateway; the public record (no token) passes the standalone verifier.
   */
  @Test
  void shouldDrawVerifiablyThroughTheGatewayFromPlanToPublicRecord() throws Exception {
    String cityAdmin = token("city-admin");
    String provinceAdmin = token("province-admin");
    List<String> drawn = new java.util.ArrayList<>();
    String[][] hospitals = {
      {"TERTIARY", "990102"},
      {"TERTIARY", "990103"},
      {"SECONDARY", "990102"},
      {"SECONDARY", "990103"},
      {"SECONDARY", "990103"},
      {"PRIMARY", "990102"},
      {"PRIMARY", "990103"},
      {"PRIMARY", "990103"}
    };
    for (String[] hospital : hospitals) {
      drawn.add(
          registry(cityAdmin)
              .registerInstitution(
                  new RegisterInstitutionRequest()
                      .nationalCode("H" + hospital[1] + randomDigits(5))
                      .name("北山市复查对象医院（演示）")
                      .type(InstitutionType.MEDICAL_INSTITUTION)
                      .level(InstitutionLevel.fromValue(hospital[0]))
                      .ownership(Ownership.PUBLIC)
                      .countyCode(hospital[1])
                      .agreementSignedOn(LocalDate.of(2024, 1, 1)),
                  null)
              .getId());
    }
    for (String county : List.of("990102", "990103", "990104")) {
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> officer =
            post(
                provinceAdmin,
                "/api/inspection/inspectors",
                "{\"name\":\"执法员"
                    + randomDigits(4)
                    + "（演示）\",\"role\":\"LAW_ENFORCEMENT_OFFICER\",\"certificateNumber\":\"Z"
                    + randomDigits(10)
                    + "\",\"certificateValidUntil\":\"2030-12-31\",\"homeCountyCode\":\""
                    + county
                    + "\"}");
        assertThat(officer.statusCode()).as(officer.body()).isEqualTo(201);
      }
    }
    for (String id : drawn) {
      await()
          .atMost(EVENTUAL)
          .ignoreExceptions()
          .untilAsserted(
              () ->
                  assertThat(directory(cityAdmin).getDirectoryEntry(id).getInstitutionId())
                      .isEqualTo(id));
    }

    LocalDate today = LocalDate.now(BUREAU_ZONE);
    HttpResponse<String> created =
        post(
            cityAdmin,
            "/api/inspection/plans",
            "{\"name\":\"东江市定点医疗机构抽查复查（演示）\","
                + "\"kind\":\"RECHECK\",\"regionCode\":\"990100\",\"period\":{\"from\":\""
                + today
                + "\",\"to\":\""
                + today.plusDays(30)
                + "\"},\"teamRule\":{\"crossCheck\":true,\"loadCap\":5}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String planId = jsonField(created.body(), "id");
    HttpResponse<String> published =
        post(cityAdmin, "/api/inspection/plans/" + planId + "/publication", "{}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    HttpResponse<String> ceremony =
        post(
            cityAdmin,
            "/api/inspection/plans/" + planId + "/ceremony",
            "{\"officials\":[{\"name\":\"赵局长（演示）\",\"role\":\"市医保局副局长\",\"digits\":\""
                + randomDigits(6)
                + "\"},{\"name\":\"钱监察（演示）\",\"role\":\"纪检监察员\",\"digits\":\""
                + randomDigits(6)
                + "\"}]}");
    assertThat(ceremony.statusCode()).as(ceremony.body()).isEqualTo(200);
    long drawStart = System.nanoTime();
    HttpResponse<String> draw = post(cityAdmin, "/api/inspection/plans/" + planId + "/draw", "");
    System.out.printf(
        "[measure] draw through the gateway (the %d institutions registered here, any others of"
            + " 990100, and its agencies): %d ms%n",
        drawn.size(), (System.nanoTime() - drawStart) / 1_000_000);
    assertThat(draw.statusCode()).as(draw.body()).isEqualTo(200);
    assertThat(post(cityAdmin, "/api/inspection/plans/" + planId + "/draw", "").statusCode())
        .isEqualTo(409);

    HttpResponse<String> record =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        gateway.resolve("/api/inspection/public/draws/" + planId + "/record"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(record.statusCode()).as("public, no token").isEqualTo(200);
    assertThat(record.body()).doesNotContain("certificateNumber");
    Path file = varDir.resolve("draw-record.json");
    Files.writeString(file, record.body());
    Path verifier =
        PlatformConfig.findRootDir().resolve("inspection-service/verifier/Verifier.java");
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                verifier.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String verdict =
        new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    run.waitFor();
    assertThat(verdict).as(verdict).startsWith("MATCH");

    // the city's coverage dashboard: a finding recorded today in county 990103 counts as an
    // inspection (990102's
    // figures belong to the flow test, which checks them exactly)
    findings(cityAdmin)
        .recordFinding(
            new NewFinding()
                .institutionId(drawn.get(1))
                .category(FindingCategory.GENERAL_VIOLATION)
                .description("超标准收费 3 笔（演示）")
                .improperAmount("1200.00")
                .foundOn(today),
            null);
    CoverageRound round =
        coverage(cityAdmin)
            .openCoverageRound(
                new NewCoverageRound()
                    .name("东江市现场检查全覆盖（演示）")
                    .regionCode("990100")
                    .windowFrom(today.minusDays(30))
                    .windowTo(today.plusDays(30)));
    await()
        .atMost(EVENTUAL)
        .untilAsserted(
            () -> {
              CoverageProgress progress = coverage(cityAdmin).getCoverageProgress(round.getId());
              assertThat(progress.getTotal().getPopulation()).isGreaterThanOrEqualTo(drawn.size());
              assertThat(progress.getTotal().getChecked()).isGreaterThanOrEqualTo(1);
              assertThat(progress.getCounties())
                  .extracting(CountyCoverage::getCountyCode)
                  .contains("990102", "990103");
              assertThat(progress.getCounties())
                  .filteredOn(county -> county.getCountyCode().equals("990103"))
                  .singleElement()
                  .satisfies(county -> assertThat(county.getChecked()).isGreaterThanOrEqualTo(1));
            });
  }

  @Test
  void shouldShowNothingOfThatCountyWhenAdminOfAnotherCountyAsks() throws Exception {
    // county 990104: the neighbouring 990103's admin must see nothing of a county not its own
    OpenedCase opened = registerWithFindingAndCase("东江市隔离测试医院（演示）", "990104");
    String institutionId = opened.institutionId();
    String caseId = opened.caseId();
    assertNotFound(() -> registry(otherCountyAdmin).getInstitution(institutionId));
    assertNotFound(() -> directory(otherCountyAdmin).getDirectoryEntry(institutionId));
    assertNotFound(() -> cases(otherCountyAdmin).getCase(caseId));
    assertNotFound(() -> reports(otherCountyAdmin).getCountySummary(COUNTY));
    assertThat(cases(otherCountyAdmin).listCases(institutionId, null, null, null, null).getTotal())
        .isZero();
    assertNotFound(
        () ->
            registry(otherCountyAdmin)
                .listInstitutions(
                    COUNTY, null, null, null, null, null, null, null, null, null, null));
    assertThat(
            registry(otherCountyAdmin)
                .listInstitutions(null, null, null, null, null, null, null, null, null, null, null)
                .getItems())
        .extracting(Institution::getId)
        .doesNotContain(institutionId);
  }

  @Test
  void shouldRefuseCallsWithoutTokenAtTheGateway() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(gateway.resolve("/api/registry/institutions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
  }

  /**
   * Registers a private hospital in a county, records a finding against it and waits for its case.
   * The city's admin and inspector act, so a test can use a county of its own and another test's
   * exact county figures hold.
   */
  private static OpenedCase registerWithFindingAndCase(String name, String countyCode)
      throws Exception {
    String cityAdmin = token("city-admin");
    Institution registered =
        registry(cityAdmin)
            .registerInstitution(
                new RegisterInstitutionRequest()
                    .nationalCode("H" + countyCode + randomDigits(5))
                    .name(name)
                    .type(InstitutionType.MEDICAL_INSTITUTION)
                    .level(InstitutionLevel.SECONDARY)
                    .ownership(Ownership.PRIVATE)
                    .countyCode(countyCode)
                    .agreementSignedOn(LocalDate.of(2025, 1, 1)),
                null);
    String institutionId = registered.getId();
    assertThat(registered.getAgreement().getState()).isEqualTo(AgreementState.ACTIVE);

    // registry.institutions.v1 → the inspection service's directory
    await()
        .atMost(EVENTUAL)
        .ignoreExceptions()
        .untilAsserted(
            () ->
                assertThat(directory(cityAdmin).getDirectoryEntry(institutionId).getName())
                    .isEqualTo(registered.getName()));

    LocalDate today = LocalDate.now(BUREAU_ZONE);
    String findingId =
        findings(cityAdmin)
            .recordFinding(
                new NewFinding()
                    .institutionId(institutionId)
                    .category(FindingCategory.GENERAL_VIOLATION)
                    .description("串换药品 12 笔，涉及医保基金 18600 元")
                    .improperAmount("18600.00")
                    .foundOn(today),
                null)
            .getId();

    // inspection.events.v1 → the case service opens a case
    ModelCase opened =
        await()
            .atMost(EVENTUAL)
            .ignoreExceptions()
            .until(
                () -> cases(cityAdmin).listCases(institutionId, null, null, null, null).getItems(),
                items -> items.size() == 1)
            .get(0);
    assertThat(opened.getFindingId()).isEqualTo(findingId);
    assertThat(opened.getStatus()).isEqualTo(CaseStatus.CLUE);
    return new OpenedCase(institutionId, opened.getId());
  }

  private record OpenedCase(String institutionId, String caseId) {}

  private static String token(String username) {
    return DemoTokens.of(gateway, username);
  }

  private static InstitutionsApi registry(String token) {
    var client = new org.ybjg.registry.client.invoker.ApiClient();
    client.updateBaseUri(gateway.toString());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return new InstitutionsApi(client);
  }

  private static CreditApi credit(String token) {
    var client = new org.ybjg.registry.client.invoker.ApiClient();
    client.updateBaseUri(gateway.toString());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return new CreditApi(client);
  }

  private static DirectoryApi directory(String token) {
    return new DirectoryApi(inspectionClient(token));
  }

  private static CoverageApi coverage(String token) {
    return new CoverageApi(inspectionClient(token));
  }

  private static FindingsApi findings(String token) {
    return new FindingsApi(inspectionClient(token));
  }

  private static org.ybjg.inspection.client.invoker.ApiClient inspectionClient(String token) {
    var client = new org.ybjg.inspection.client.invoker.ApiClient();
    client.updateBaseUri(gateway.toString());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  private static CasesApi cases(String token) {
    return new CasesApi(casesClient(token));
  }

  private static DecisionsApi decisions(String token) {
    return new DecisionsApi(casesClient(token));
  }

  private static ProcedureApi procedure(String token) {
    return new ProcedureApi(casesClient(token));
  }

  private static ReferralsApi referrals(String token) {
    return new ReferralsApi(casesClient(token));
  }

  private static RecoveryApi recovery(String token) {
    return new RecoveryApi(casesClient(token));
  }

  private static LedgerApi ledger(String token) {
    return new LedgerApi(casesClient(token));
  }

  private static HttpResponse<String> post(String token, String path, String json)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static org.ybjg.cases.client.invoker.ApiClient casesClient(String token) {
    var client = new org.ybjg.cases.client.invoker.ApiClient();
    client.updateBaseUri(gateway.toString());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  private static CountySummariesApi reports(String token) {
    var client = new org.ybjg.reporting.client.invoker.ApiClient();
    client.updateBaseUri(gateway.toString());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return new CountySummariesApi(client);
  }

  /**
   * One working-day calendar for every service: a province administrator loads next year's holiday
   * notice through the case service, and a deadline computed afterwards moves in each service that
   * computes deadlines — the case service's statutory periods, the inspection service's
   * result-publication deadline (20 working days) and the registry's annual-filing deadline (the
   * last day of February, moved to the next working day). The test notice makes exactly the
   * deadlines seen before days off.
   */
  @Test
  void shouldMoveADeadlineInEveryServiceWhenAProvinceAdministratorLoadsNextYearsCalendar()
      throws Exception {
    String cityAdmin = token("city-admin");
    String provinceAdmin = token("province-admin");
    LocalDate today = LocalDate.now(BUREAU_ZONE);
    int nextYear = today.getYear() + 1;

    // before: the statutory holidays only (no notice for next year yet)
    String caseQuery =
        "/api/cases/calendar/deadline?from="
            + LocalDate.of(nextYear - 1, 12, 28)
            + "&amount=5&unit=WORKING_DAYS";
    JsonNode caseBefore = getJson(cityAdmin, caseQuery);
    assertThat(caseBefore.path("calendarCovers").asBoolean()).isFalse();
    LocalDate caseDue = LocalDate.parse(caseBefore.path("due").asString());
    LocalDate filingDue = fileAnnualReport(cityAdmin, today.getYear());
    String taskId = concludedTask(cityAdmin);
    JsonNode taskBefore = getJson(cityAdmin, "/api/inspection/tasks/" + taskId);
    LocalDate publishBy = LocalDate.parse(taskBefore.path("publishBy").asString());

    // the notice makes each of those days a day off (one notice per year they fall in)
    java.util.Map<Integer, java.util.Set<LocalDate>> daysOff = new java.util.TreeMap<>();
    for (LocalDate day : List.of(caseDue, filingDue, publishBy)) {
      daysOff.computeIfAbsent(day.getYear(), y -> new java.util.TreeSet<>()).add(day);
    }
    assertThat(daysOff).containsKey(nextYear);
    for (var year : daysOff.entrySet()) {
      StringBuilder rows = new StringBuilder();
      for (LocalDate day : year.getValue()) {
        rows.append(rows.isEmpty() ? "" : ",")
            .append("{\"date\":\"" + day + "\",\"kind\":\"HOLIDAY\",\"name\":\"测试放假日\"}");
      }
      HttpResponse<String> loaded =
          send(
              "PUT",
              cityAdmin,
              "/api/cases/calendar/" + year.getKey(),
              "{\"source\":\"国务院办公厅关于"
                  + year.getKey()
                  + "年部分节假日安排的通知（平台测试）\",\"days\":["
                  + rows
                  + "]}");
      assertThat(loaded.statusCode()).as("only a province administrator loads").isEqualTo(403);
      loaded =
          send(
              "PUT",
              provinceAdmin,
              "/api/cases/calendar/" + year.getKey(),
              "{\"source\":\"国务院办公厅关于"
                  + year.getKey()
                  + "年部分节假日安排的通知（平台测试）\",\"days\":["
                  + rows
                  + "]}");
      assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    }

    // after: at once in the case service, through case.calendar.v1 in the others
    JsonNode caseAfter = getJson(cityAdmin, caseQuery);
    assertThat(LocalDate.parse(caseAfter.path("due").asString())).isAfter(caseDue);
    assertThat(caseAfter.path("calendarCovers").asBoolean()).isTrue();
    await()
        .atMost(EVENTUAL)
        .untilAsserted(
            () ->
                assertThat(
                        LocalDate.parse(
                            getJson(cityAdmin, "/api/inspection/tasks/" + taskId)
                                .path("publishBy")
                                .asString()))
                    .isAfter(publishBy));
    java.util.concurrent.atomic.AtomicReference<LocalDate> filingAfter =
        new java.util.concurrent.atomic.AtomicReference<>();
    await()
        .atMost(EVENTUAL)
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              filingAfter.set(fileAnnualReport(cityAdmin, today.getYear()));
              assertThat(filingAfter.get()).isAfter(filingDue);
            });
    System.out.printf(
        "[calendar] case %s -> %s, inspection publishBy %s -> %s, filing %s -> %s%n",
        caseDue,
        caseAfter.path("due").asString(),
        publishBy,
        getJson(cityAdmin, "/api/inspection/tasks/" + taskId).path("publishBy").asString(),
        filingDue,
        filingAfter.get());
  }

  /** Files {@code year}'s annual report of a newly registered institution; its deadline. */
  private static LocalDate fileAnnualReport(String token, int year) throws Exception {
    String institutionId = registerInstitution(token, "东江市日历测试诊所（演示）");
    HttpResponse<String> filed =
        post(
            token,
            "/api/registry/institutions/" + institutionId + "/filings",
            """
            {"year":%d,"contents":{
              "basicInfo":{"legalRepresentative":"张三（演示）","address":"示范省东江市城东区健康路1号（演示）",
                "licenceNumber":"PDY00001X990102","approvedBeds":20},
              "staff":[{"name":"李四（演示）","role":"DOCTOR","certificateNumber":"110990102000001"}],
              "drugSalesRanking":[],"serviceItemRanking":[],"wards":[],"suppliers":[],
              "attachments":[
                {"kind":"LEDGER","name":"进销存台账.xlsx","mediaType":"application/vnd.ms-excel","size":120034,
                 "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
                {"kind":"INVOICE","name":"发票及随货同行单.pdf","mediaType":"application/pdf","size":3302211,
                 "sha256":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"},
                {"kind":"TRIAL_BALANCE","name":"财务末级科目余额表.xlsx","mediaType":"application/vnd.ms-excel",
                 "size":48213,"sha256":"fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13"}]}}
            """
                .formatted(year));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    return LocalDate.parse(JSON.readTree(filed.body()).path("deadline").asString());
  }

  private static String registerInstitution(String token, String name) throws Exception {
    return registry(token)
        .registerInstitution(
            new RegisterInstitutionRequest()
                .nationalCode("H" + COUNTY + randomDigits(5))
                .name(name)
                .type(InstitutionType.MEDICAL_INSTITUTION)
                .level(InstitutionLevel.PRIMARY)
                .ownership(Ownership.PRIVATE)
                .countyCode(COUNTY)
                .agreementSignedOn(LocalDate.of(2025, 1, 1)),
            null)
        .getId();
  }

  /**
   * A task concluded today: two officers, an institution in the county's directory, a plan
   * published, seeded by a ceremony and drawn.
   */
  private static String concludedTask(String cityAdmin) throws Exception {
    LocalDate today = LocalDate.now(BUREAU_ZONE);
    String institutionId = registerInstitution(cityAdmin, "东江市日历测试医院（演示）");
    await()
        .atMost(EVENTUAL)
        .ignoreExceptions()
        .until(() -> directory(cityAdmin).getDirectoryEntry(institutionId) != null);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> officer =
          post(
              cityAdmin,
              "/api/inspection/inspectors",
              "{\"name\":\"日历执法员"
                  + randomDigits(4)
                  + "\",\"role\":\"LAW_ENFORCEMENT_OFFICER\",\"certificateNumber\":\"C"
                  + randomDigits(10)
                  + "\",\"certificateValidUntil\":\"2035-12-31\",\"homeCountyCode\":\""
                  + COUNTY
                  + "\"}");
      assertThat(officer.statusCode()).as(officer.body()).isEqualTo(201);
    }
    HttpResponse<String> plan =
        post(
            cityAdmin,
            "/api/inspection/plans",
            "{\"name\":\"日历测试抽查\",\"kind\":\"RECHECK\",\"regionCode\":\""
                + COUNTY
                + "\",\"period\":{\"from\":\""
                + today
                + "\",\"to\":\""
                + today.plusDays(30)
                + "\"},\"teamRule\":{\"crossCheck\":false,\"loadCap\":100}}");
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
    String planId = JSON.readTree(plan.body()).path("id").asString();
    for (String[] step :
        new String[][] {
          {"/publication", "{}"},
          {
            "/ceremony",
            "{\"officials\":[{\"name\":\"赵局长\",\"role\":\"市医保局副局长\",\"digits\":\"314159\"}]}"
          },
          {"/draw", ""}
        }) {
      HttpResponse<String> done =
          post(cityAdmin, "/api/inspection/plans/" + planId + step[0], step[1]);
      assertThat(done.statusCode()).as(step[0] + " " + done.body()).isEqualTo(200);
    }
    String taskId =
        getJson(cityAdmin, "/api/inspection/tasks?planId=" + planId)
            .path("items")
            .get(0)
            .path("id")
            .asString();
    HttpResponse<String> concluded =
        post(
            cityAdmin,
            "/api/inspection/tasks/" + taskId + "/conclusion",
            "{\"summary\":\"未发现违规问题（日历测试）\"}");
    assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
    return taskId;
  }

  private static JsonNode getJson(String token, String path) throws Exception {
    HttpResponse<String> response = send("GET", token, path, null);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(String method, String token, String path, String json)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                    method,
                    json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Each generated client has its own ApiException; all carry the HTTP status as {@code getCode()}.
   */
  private static void assertNotFound(ThrowingCall call) {
    assertThatThrownBy(call::call)
        .satisfies(
            e ->
                assertThat(e.getClass().getMethod("getCode").invoke(e))
                    .as(e.getMessage())
                    .isEqualTo(404));
  }

  private interface ThrowingCall {
    void call() throws Exception;
  }

  private static String jsonField(String json, String field) {
    Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    assertThat(value.find()).as(json).isTrue();
    return value.group(1);
  }

  private static String randomDigits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
