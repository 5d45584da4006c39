package org.ybjg.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;

/**
 * Annual qualification filing through the HTTP API (承医保发〔2019〕2号 §4–5). The deadline is configured
 * to 31 December of the following year here, so the statuses do not depend on the day the build
 * runs: last year's filing is DUE (or FILED), the year before's deadline has passed (MISSING or
 * LATE).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilingIT {

  private static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  private static final String COUNTY_ADMIN =
      TOKENS.bearer("county-admin", "990102", "COUNTY_ADMIN");
  private static final String OTHER_COUNTY_ADMIN =
      TOKENS.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  private static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  private static final String AUDITOR = TOKENS.bearer("auditor", "990000", "AUDITOR");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-filing-it");
    registry.add("registry.filing.deadline", () -> "12-31");
    // no consumers: this context must not take case.events.v1 partitions from another test
    // context's groups
    registry.add("spring.kafka.listener.auto-startup", () -> "false");
  }

  @LocalServerPort int port;

  @Autowired MongoTemplate mongo;

  @Autowired OpenAnnualFilings sweep;

  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private final int lastYear = today.getYear() - 1;
  private final int olderYear = today.getYear() - 2;

  @Test
  void shouldFileOnTimeThenLateAndRefuseASecondFilingOfTheSameYear() throws Exception {
    String id = register("990102", "2020-01-01");

    HttpResponse<String> filed = post(id, filing(lastYear), COUNTY_ADMIN);

    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    assertThat(filed.headers().firstValue("location"))
        .hasValue("/api/registry/institutions/" + id + "/filings/" + lastYear);
    JsonNode body = JSON.readTree(filed.body());
    assertThat(body.path("status").asText()).isEqualTo("FILED");
    assertThat(body.path("statusLabel").asText()).isEqualTo("已备案");
    assertThat(body.path("deadline").asText()).isEqualTo(today.getYear() + "-12-31");
    assertThat(body.path("submittedBy").asText()).isEqualTo("county-admin");
    assertThat(body.path("contents").path("drugSalesRanking").get(0).path("amount").asText())
        .isEqualTo("36000.00");
    assertThat(body.path("contents").path("attachments").get(2).path("kindLabel").asText())
        .isEqualTo("财务末级科目余额表");
    assertThat(body.path("contents").path("staff").get(0).path("roleLabel").asText())
        .isEqualTo("医师");

    HttpResponse<String> again = post(id, filing(lastYear), COUNTY_ADMIN);
    assertProblem(again, 409, "filing-already-submitted");

    // 承医保发〔2019〕2号 §5: after the deadline (31 Dec of the following year here) the filing is late
    HttpResponse<String> late = post(id, filing(olderYear), CITY_ADMIN);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
    assertThat(JSON.readTree(late.body()).path("status").asText()).isEqualTo("LATE");
    assertThat(JSON.readTree(late.body()).path("statusLabel").asText()).isEqualTo("逾期备案");

    JsonNode mine = getJson("/api/registry/institutions/" + id + "/filings", COUNTY_ADMIN);
    assertThat(mine.path("refusalOfInspection").asBoolean()).isFalse();
    assertThat(mine.path("terminationEligible").asBoolean()).isFalse();
    assertThat(mine.path("items").findValuesAsText("year"))
        .containsExactly(String.valueOf(lastYear), String.valueOf(olderYear));
    assertThat(
            getJson("/api/registry/institutions/" + id + "/filings/" + lastYear, COUNTY_ADMIN)
                .path("contents")
                .path("wards")
                .get(0)
                .path("beds")
                .asInt())
        .isEqualTo(40);
    assertThat(
            get("/api/registry/institutions/" + id + "/filings/" + (olderYear - 1), COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(404);

    JsonNode history = getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN);
    assertThat(history.path("items").findValuesAsText("kind"))
        .containsSubsequence("REGISTERED", "FILING_SUBMITTED", "FILING_SUBMITTED_LATE");
    assertThat(history.path("items").findValuesAsText("source")).contains("FILING");
  }

  @Test
  void shouldAnswerTheUsualProblemsAndWriteNothingOnBadFilings() throws Exception {
    String id = register("990102", "2020-01-01");

    assertProblem(
        post(id, filing(lastYear).replace("\"beds\":40", "\"beds\":-1"), COUNTY_ADMIN),
        400,
        "invalid-input");
    assertProblem(
        post(id, filing(lastYear).replace("\"36000.00\"", "\"-36000.00\""), COUNTY_ADMIN),
        400,
        "invalid-input");
    assertProblem(
        post(id, filing(lastYear).replace("\"size\":48213", "\"size\":-5"), COUNTY_ADMIN),
        400,
        "invalid-input");
    assertProblem(
        post(id, filing(lastYear).replace("TRIAL_BALANCE", "OTHER"), COUNTY_ADMIN),
        422,
        "filing-incomplete");
    assertProblem(
        post(id, filing(lastYear).replace("\"rank\":2", "\"rank\":3"), COUNTY_ADMIN),
        422,
        "ranking-out-of-order");
    assertProblem(
        post(id, filing(today.getYear() + 1), COUNTY_ADMIN), 422, "filing-year-in-future");
    assertProblem(post("no-such-institution", filing(lastYear), COUNTY_ADMIN), 404, "not-found");
    assertProblem(post(id, filing(lastYear), OTHER_COUNTY_ADMIN), 404, "not-found");
    assertProblem(post(id, filing(lastYear), AUDITOR), 403, "forbidden");
    assertThat(post(id, filing(lastYear), null).statusCode()).isEqualTo(401);

    assertThat(mongo.count(Query.query(Criteria.where("institutionId").is(id)), Filings.COLLECTION))
        .isZero();
    assertThat(
            get("/api/registry/institutions/" + id + "/filings", OTHER_COUNTY_ADMIN).statusCode())
        .isEqualTo(404);
    assertThat(get("/api/registry/filings?regionCode=990200", COUNTY_ADMIN).statusCode())
        .isEqualTo(404);
    assertThat(get("/api/registry/filings?status=LOST", COUNTY_ADMIN).statusCode()).isEqualTo(400);
  }

  @Test
  void shouldOpenDueFilingsFlagMissingOnesAsRefusalOfInspectionAndListThemTerminationEligible()
      throws Exception {
    String silent = register("990102", "2020-01-01");
    String diligent = register("990102", "2020-01-01");
    String undesignated = register("990102", null);
    String elsewhere = register("990103", "2020-01-01");
    assertThat(post(diligent, filing(olderYear), COUNTY_ADMIN).statusCode()).isEqualTo(201);

    sweep.run(olderYear, today);
    sweep.run(lastYear, today);
    OpenAnnualFilings.Result rerun = sweep.run(lastYear, today);

    assertThat(rerun.opened()).isZero();
    assertThat(rerun.flagged()).isZero();
    JsonNode silentFilings =
        getJson("/api/registry/institutions/" + silent + "/filings", COUNTY_ADMIN);
    // 承医保发〔2019〕2号 §5: 不如实提供相关材料的，视为抗拒检查，可直接解除协议
    assertThat(silentFilings.path("refusalOfInspection").asBoolean()).isTrue();
    assertThat(silentFilings.path("terminationEligible").asBoolean()).isTrue();
    assertThat(silentFilings.path("items").findValuesAsText("status"))
        .containsExactly("DUE", "MISSING");
    assertThat(silentFilings.path("items").findValuesAsText("statusLabel"))
        .containsExactly("待备案", "未备案");
    assertThat(
            getJson("/api/registry/institutions/" + undesignated + "/filings", COUNTY_ADMIN)
                .path("items"))
        .isEmpty();

    String missing =
        "/api/registry/filings?year=" + olderYear + "&status=MISSING&regionCode=990102&size=200";
    assertThat(ids(getJson(missing, COUNTY_ADMIN)))
        .contains(silent)
        .doesNotContain(diligent, undesignated);
    assertThat(
            ids(
                getJson(
                    "/api/registry/filings?year=" + olderYear + "&status=LATE&size=200",
                    CITY_ADMIN)))
        .contains(diligent)
        .doesNotContain(silent);
    assertThat(
            ids(
                getJson(
                    "/api/registry/filings?year=" + lastYear + "&status=DUE&size=200", CITY_ADMIN)))
        .contains(silent, diligent, elsewhere)
        .doesNotContain(undesignated);
    JsonNode eligible = getJson("/api/registry/filings/termination-eligible?size=200", CITY_ADMIN);
    assertThat(ids(eligible)).contains(silent, elsewhere).doesNotContain(diligent);
    assertThat(eligible.path("items").findValuesAsText("reason"))
        .containsOnly("REFUSAL_OF_INSPECTION");
    assertThat(
            ids(getJson("/api/registry/filings/termination-eligible?size=200", OTHER_COUNTY_ADMIN)))
        .contains(elsewhere)
        .doesNotContain(silent);
    assertThat(
            get("/api/registry/filings/termination-eligible?regionCode=990200", COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            getJson("/api/registry/institutions/" + silent + "/history", COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("kind"))
        .contains("FILING_MISSING");

    // a late filing ends the refusal; the flag stays on record
    HttpResponse<String> late = post(silent, filing(olderYear), COUNTY_ADMIN);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
    assertThat(JSON.readTree(late.body()).path("status").asText()).isEqualTo("LATE");
    assertThat(JSON.readTree(late.body()).path("flaggedMissingAt").isTextual()).isTrue();
    assertThat(
            ids(
                getJson(
                    "/api/registry/filings/termination-eligible?year=" + olderYear + "&size=200",
                    COUNTY_ADMIN)))
        .doesNotContain(silent);
    HttpResponse<String> onDue = post(silent, filing(lastYear), COUNTY_ADMIN);
    assertThat(JSON.readTree(onDue.body()).path("status").asText()).isEqualTo("FILED");
    assertThat(
            getJson("/api/registry/institutions/" + silent + "/filings", COUNTY_ADMIN)
                .path("refusalOfInspection")
                .asBoolean())
        .isFalse();
  }

  // --- helpers
  // ------------------------------------------------------------------------------------------------

  private String register(String countyCode, String signedOn) throws Exception {
    int n = SEQUENCE.incrementAndGet();
    String code =
        "H"
            + countyCode
            + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    String body =
        """
        {"nationalCode":"%s","name":"备案测试第%d医院（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
         "ownership":"PUBLIC","countyCode":"%s"%s}
        """
            .formatted(
                code,
                n,
                countyCode,
                signedOn == null ? "" : ",\"agreementSignedOn\":\"" + signedOn + "\"");
    HttpResponse<String> response =
        send(
            "POST",
            "/api/registry/institutions",
            body,
            "990103".equals(countyCode) ? OTHER_COUNTY_ADMIN : COUNTY_ADMIN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  /** A complete filing (承医保发〔2019〕2号 §4 contents, §5 attachments) as a client sends it. */
  private static String filing(int year) {
    return """
        {"year":%d,"contents":{
          "basicInfo":{"legalRepresentative":"张三（演示）","address":"示范省东江市城东区健康路1号（演示）",
            "licenceNumber":"PDY00001X990102","approvedBeds":500},
          "staff":[{"name":"李四（演示）","role":"DOCTOR","certificateNumber":"110990102000001"}],
          "drugSalesRanking":[{"rank":1,"name":"二甲双胍片（演示）","quantity":12000,"amount":"36000.00"},
            {"rank":2,"name":"阿莫西林胶囊（演示）","quantity":9000,"amount":"18000.00"}],
          "serviceItemRanking":[{"rank":1,"code":"250101001","name":"血常规（演示）","count":8000,"amount":"160000.00"}],
          "wards":[{"name":"骨科一病区","department":"骨科","beds":40}],
          "suppliers":[{"name":"东江医药有限公司（演示）","creditCode":"91990102MA0000000X"}],
          "attachments":[
            {"kind":"LEDGER","name":"进销存台账.xlsx","mediaType":"application/vnd.ms-excel","size":120034,
             "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
            {"kind":"INVOICE","name":"发票及随货同行单.pdf","mediaType":"application/pdf","size":3302211,
             "sha256":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"},
            {"kind":"TRIAL_BALANCE","name":"财务末级科目余额表.xlsx","mediaType":"application/vnd.ms-excel","size":48213,
             "sha256":"fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13"}]}}
        """
        .formatted(year);
  }

  private static List<String> ids(JsonNode page) {
    return page.path("items").findValuesAsText("institutionId");
  }

  private HttpResponse<String> post(String institutionId, String body, String bearer)
      throws Exception {
    return send("POST", "/api/registry/institutions/" + institutionId + "/filings", body, bearer);
  }

  private HttpResponse<String> send(String method, String path, String body, String bearer)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", bearer)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String path, String bearer) throws Exception {
    HttpResponse<String> response = get(path, bearer);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("type").asText()).isEqualTo("https://ybjg.org/problems/" + type);
  }
}
