package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;
import org.ybjg.registry.institution.domain.Registration;

/**
 * Entry review over HTTP (入口管理, 承医保发〔2019〕2号 §(二) 2): application → reviews by method → decision
 * signed by the named reviewer (谁审核谁签字谁负责) → filing into the directory, with the audit log and the
 * refusals.
 */
class EntryReviewIT extends AgencyContextIT {

  static final String APPS = "/api/registry/applications";

  @Autowired MongoTemplate mongo;

  @Autowired Institutions institutions;

  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void shouldReviewSignAndFileApplicationIntoTheDirectoryWithItsAuditLog() throws Exception {
    String nationalCode = "H" + unique();
    String id = submit(nationalCode, "990102");
    review(id, "INFORMATION_SYSTEM_CHECK", "PASSED", COUNTY_ADMIN);
    review(id, "SITE_VISIT", "PASSED", INSPECTOR);
    HttpResponse<String> decided =
        post(APPS + "/" + id + "/decision", signedApproval("county-admin"), COUNTY_ADMIN);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    JsonNode decision = JSON.readTree(decided.body()).path("decision");
    assertThat(decision.path("verdict").asText()).isEqualTo("APPROVED");
    assertThat(decision.path("signedBy").asText()).isEqualTo("county-admin");
    assertThat(decision.path("digest").asText()).hasSize(64);

    HttpResponse<String> filed =
        post(
            APPS + "/" + id + "/filing", "{\"agreementSignedOn\":\"" + today + "\"}", COUNTY_ADMIN);

    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
    JsonNode application = JSON.readTree(filed.body());
    assertThat(application.path("status").asText()).isEqualTo("FILED");
    assertThat(application.path("statusLabel").asText()).isEqualTo("已备案纳入定点");
    assertThat(application.path("institutionId").asText()).isEqualTo(id);
    assertThat(application.path("audit"))
        .extracting(e -> e.path("action").asText() + "/" + e.path("by").asText())
        .containsExactly(
            "SUBMITTED/county-admin",
            "REVIEWED/county-admin",
            "REVIEWED/inspector",
            "DECIDED/county-admin",
            "FILED/county-admin");
    assertThat(application.path("reviews"))
        .extracting(r -> r.path("methodLabel").asText())
        .containsExactly("信息系统核查", "现场核查");

    JsonNode institution = getJson("/api/registry/institutions/" + id, COUNTY_ADMIN);
    assertThat(institution.path("nationalCode").asText()).isEqualTo(nationalCode);
    assertThat(institution.path("agreement").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(institution.path("history").get(0).path("detail").asText()).contains("经准入审核纳入定点");
    JsonNode history =
        getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN).path("items");
    assertThat(history)
        .filteredOn(e -> e.path("source").asText().equals("ENTRY_REVIEW"))
        .extracting(e -> e.path("kind").asText())
        .containsExactly(
            "ENTRY_REVIEW_SUBMITTED",
            "ENTRY_REVIEW_REVIEWED",
            "ENTRY_REVIEW_REVIEWED",
            "ENTRY_REVIEW_DECIDED",
            "ENTRY_REVIEW_FILED");
    assertThat(getJson(APPS + "?status=FILED&size=200", COUNTY_ADMIN).path("items"))
        .anyMatch(item -> item.path("id").asText().equals(id));

    List<ConsumerRecord<String, String>> events =
        TestInfrastructure.get()
            .kafka()
            .readContaining(
                RegistryTopics.INSTITUTIONS,
                "\"institutionId\":\"" + id + "\"",
                1,
                Duration.ofSeconds(20));
    assertThat(events).isNotEmpty();
    EventSchemaAssert.assertConforms(events.get(0).value(), InstitutionChanged.TYPE);

    assertProblem(
        post(
            APPS + "/" + id + "/filing", "{\"agreementSignedOn\":\"" + today + "\"}", COUNTY_ADMIN),
        409,
        "review-step-rejected");
  }

  @Test
  void shouldRefuseDecisionWithoutSignatureOrByAnotherThanTheNamedReviewerWritingNothing()
      throws Exception {
    // 承医保发〔2019〕2号 §(二) 2: 谁审核谁签字谁负责
    String id = submit("H" + unique(), "990102");
    review(id, "EXPERT_REVIEW", "PASSED", COUNTY_ADMIN);
    long version = version(id);

    assertProblem(
        post(
            APPS + "/" + id + "/decision",
            "{\"verdict\":\"APPROVED\",\"reviewer\":\"county-admin\"}",
            COUNTY_ADMIN),
        422,
        "signature-missing");
    assertProblem(
        post(
            APPS + "/" + id + "/decision",
            """
        {"verdict":"APPROVED","reviewer":"county-admin","signature":{"signedBy":"someone-else"}}""",
            COUNTY_ADMIN),
        422,
        "signature-not-by-reviewer");
    assertProblem(
        post(APPS + "/" + id + "/decision", signedApproval("inspector"), COUNTY_ADMIN),
        422,
        "reviewer-must-sign-in-person");
    assertThat(post(APPS + "/" + id + "/decision", signedApproval("auditor"), AUDITOR).statusCode())
        .isEqualTo(403);

    assertThat(version(id)).as("nothing written").isEqualTo(version);
    assertThat(getJson(APPS + "/" + id, COUNTY_ADMIN).path("status").asText())
        .isEqualTo("UNDER_REVIEW");
  }

  @Test
  void shouldRefuseFilingThatCannotCompleteWithoutHalfRegisteringAnInstitution() throws Exception {
    String unapproved = submit("H" + unique(), "990102");
    assertProblem(
        post(
            APPS + "/" + unapproved + "/filing",
            "{\"agreementSignedOn\":\"" + today + "\"}",
            COUNTY_ADMIN),
        409,
        "review-step-rejected");
    assertThat(institutions.find(unapproved)).isEmpty();

    String nationalCode = "H" + unique();
    String approved = approved(nationalCode);
    assertProblem(
        post(
            APPS + "/" + approved + "/filing",
            "{\"agreementSignedOn\":\"" + today.plusDays(3) + "\"}",
            COUNTY_ADMIN),
        422,
        "signed-in-future");
    // the same national code registered directly meanwhile
    HttpResponse<String> direct =
        post(
            "/api/registry/institutions",
            """
        {"nationalCode":"%s","name":"抢先登记（演示）","type":"MEDICAL_INSTITUTION","level":"PRIMARY",
         "ownership":"PRIVATE","countyCode":"990102"}"""
                .formatted(nationalCode),
            COUNTY_ADMIN);
    assertThat(direct.statusCode()).isEqualTo(201);
    assertProblem(
        post(
            APPS + "/" + approved + "/filing",
            "{\"agreementSignedOn\":\"" + today + "\"}",
            COUNTY_ADMIN),
        409,
        "duplicate-national-code");

    assertThat(institutions.find(approved)).as("no half-registered institution").isEmpty();
    assertThat(getJson(APPS + "/" + approved, COUNTY_ADMIN).path("status").asText())
        .isEqualTo("APPROVED");
  }

  @Test
  void shouldCompleteInterruptedFilingWhenRetriedWithoutRegisteringTwice() throws Exception {
    String nationalCode = "H" + unique();
    String approved = approved(nationalCode);
    // an earlier attempt stored the institution (write 1) and stopped before marking the
    // application (write 2)
    institutions.insert(
        Institution.register(
            approved,
            new Registration(
                nationalCode,
                "中断的备案（演示）",
                InstitutionType.MEDICAL_INSTITUTION,
                InstitutionLevel.PRIMARY,
                Ownership.PRIVATE,
                "990102",
                List.of("990102", "990100", "990000"),
                today,
                null,
                "经准入审核纳入定点"),
            today,
            Instant.now(),
            "county-admin"));

    HttpResponse<String> retried =
        post(
            APPS + "/" + approved + "/filing",
            "{\"agreementSignedOn\":\"" + today + "\"}",
            COUNTY_ADMIN);

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(JSON.readTree(retried.body()).path("status").asText()).isEqualTo("FILED");
    assertThat(institutions.find(approved)).get().extracting(Institution::version).isEqualTo(1L);
  }

  @Test
  void shouldRefuseBadApplicationsAndAnswer404ToForeignRegionForEveryEndpoint() throws Exception {
    long before = mongo.count(new Query(), "applications");
    assertProblem(
        post(APPS, application("H" + unique(), "990199"), COUNTY_ADMIN), 422, "unknown-county");
    assertProblem(
        post(APPS, application("H" + unique(), "990103"), COUNTY_ADMIN), 403, "outside-region");
    assertThat(post(APPS, application("H" + unique(), "990102"), AUDITOR).statusCode())
        .isEqualTo(403);
    assertThat(post(APPS, application("H" + unique(), "990102"), null).statusCode()).isEqualTo(401);
    assertProblem(post(APPS, "{\"nationalCode\":\"lower\"}", COUNTY_ADMIN), 400, "invalid-input");
    assertThat(mongo.count(new Query(), "applications")).as("nothing written").isEqualTo(before);

    String id = submit("H" + unique(), "990102");
    assertProblem(get(APPS + "/" + id, OTHER_COUNTY_ADMIN), 404, "not-found");
    assertProblem(
        post(
            APPS + "/" + id + "/reviews",
            "{\"method\":\"SITE_VISIT\",\"outcome\":\"PASSED\",\"findings\":\"x\"}",
            OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertProblem(
        post(
            APPS + "/" + id + "/decision",
            signedApproval("other-county-admin"),
            OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertProblem(
        post(
            APPS + "/" + id + "/filing",
            "{\"agreementSignedOn\":\"" + today + "\"}",
            OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertProblem(get(APPS + "?regionCode=990102", OTHER_COUNTY_ADMIN), 404, "not-found");
    assertThat(getJson(APPS + "?size=200", OTHER_COUNTY_ADMIN).path("items"))
        .noneMatch(item -> item.path("id").asText().equals(id));
    assertThat(version(id)).isEqualTo(1L);
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------------------

  private String approved(String nationalCode) throws Exception {
    String id = submit(nationalCode, "990102");
    review(id, "INQUIRY_LETTER", "PASSED", COUNTY_ADMIN);
    HttpResponse<String> decided =
        post(APPS + "/" + id + "/decision", signedApproval("county-admin"), COUNTY_ADMIN);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    return id;
  }

  private String submit(String nationalCode, String county) throws Exception {
    HttpResponse<String> response = post(APPS, application(nationalCode, county), COUNTY_ADMIN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode application = JSON.readTree(response.body());
    assertThat(application.path("status").asText()).isEqualTo("SUBMITTED");
    return application.path("id").asText();
  }

  private void review(String id, String method, String outcome, String bearer) throws Exception {
    HttpResponse<String> response =
        post(
            APPS + "/" + id + "/reviews",
            """
        {"method":"%s","outcome":"%s","findings":"核查情况（演示）"}"""
                .formatted(method, outcome),
            bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static String application(String nationalCode, String county) {
    return """
        {"nationalCode":"%s","name":"康宁门诊部%s（演示）","type":"MEDICAL_INSTITUTION","level":"PRIMARY",
         "ownership":"PRIVATE","countyCode":"%s"}"""
        .formatted(nationalCode, nationalCode.substring(1, 5), county);
  }

  private static String signedApproval(String reviewer) {
    return """
        {"verdict":"APPROVED","reviewer":"%s","reason":"材料齐全，核查符合条件",
         "signature":{"signedBy":"%s","statement":"本人已审核上述材料，对审核结果负责"}}"""
        .formatted(reviewer, reviewer);
  }

  private long version(String id) throws Exception {
    return getJson(APPS + "/" + id, COUNTY_ADMIN).path("version").asLong();
  }
}
