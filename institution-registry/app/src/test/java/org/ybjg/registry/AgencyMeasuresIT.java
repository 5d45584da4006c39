package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.registry.agreement.ReinstateExpiredSuspensions;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;

/**
 * Agency suspension and reinstatement over REST (whole institution or departments), the
 * province-wide public notice (一处违规处处受限, 承医保发〔2019〕2号 §10), departments and 医保医师 (承医保发〔2019〕2号 §1,
 * §10), all over HTTP with signed tokens.
 */
class AgencyMeasuresIT extends AgencyContextIT {

  static final AtomicInteger SEQUENCE = new AtomicInteger();
  static final Duration EVENTUALLY = Duration.ofSeconds(20);

  @Autowired MongoTemplate mongo;

  @Autowired ReinstateExpiredSuspensions reinstateExpiredSuspensions;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  // --- agency suspension and reinstatement ---------------------------------------------------

  @Test
  void shouldSuspendDepartmentKeepingAgreementActiveAndShowItEverywhere() throws Exception {
    // docs/law.md#regulation art. 38/40: the responsible department's fund-paid services;
    // 承医保发〔2019〕2号 §10: binding province-wide
    String id = registerHospital("990102");
    addDepartment(id, "GK01", "骨科");
    addDepartment(id, "JYK", "检验科");

    HttpResponse<String> response =
        post(
            actions(id),
            """
        {"action":"SUSPEND","from":"%s","until":"%s","caseId":"case-42","reason":"骨科串换项目收费",
         "departments":["骨科"]}"""
                .formatted(today, today.plusMonths(6)),
            COUNTY_ADMIN);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode institution = JSON.readTree(response.body());
    assertThat(institution.path("agreement").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(institution.path("agreement").path("suspendedDepartments"))
        .extracting(JsonNode::asText)
        .containsExactly("骨科");
    assertThat(institution.path("agreement").path("causeCaseId").asText()).isEqualTo("case-42");
    JsonNode last = institution.path("history").get(institution.path("history").size() - 1);
    assertThat(last.path("kind").asText()).isEqualTo("AGREEMENT_SUSPENDED");
    assertThat(last.path("detail").asText()).contains("骨科").contains("骨科串换项目收费");

    JsonNode departments =
        getJson("/api/registry/institutions/" + id + "/departments", COUNTY_ADMIN);
    assertThat(departments.path("items"))
        .extracting(d -> d.path("name").asText() + ":" + d.path("suspended").asBoolean())
        .containsExactly("骨科:true", "检验科:false");
    JsonNode history = getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN);
    assertThat(history.path("items"))
        .extracting(e -> e.path("kind").asText())
        .contains("DEPARTMENT_ADDED", "AGREEMENT_SUSPENDED");

    // the event every service consumes, whatever its region
    ConsumerRecord<String, String> event =
        await()
            .atMost(EVENTUALLY)
            .until(
                () ->
                    kafka.readContaining(
                        RegistryTopics.INSTITUTIONS,
                        "\"institutionId\":\"" + id + "\"",
                        4,
                        EVENTUALLY),
                records -> records.size() >= 4)
            .get(3);
    EventSchemaAssert.assertConforms(event.value(), InstitutionChanged.TYPE);
    JsonNode data = JSON.readTree(event.value()).path("data");
    assertThat(data.path("change").path("kind").asText()).isEqualTo("AGREEMENT_SUSPENDED");
    assertThat(data.path("agreement").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(data.path("agreement").path("suspendedDepartments"))
        .extracting(JsonNode::asText)
        .containsExactly("骨科");

    // another county (and another city) cannot open the record, but the public notice shows the
    // suspension
    assertThat(get("/api/registry/institutions/" + id, OTHER_COUNTY_ADMIN).statusCode())
        .isEqualTo(404);
    assertThat(get("/api/registry/institutions/" + id, CITY2_ADMIN).statusCode()).isEqualTo(404);
    JsonNode notice =
        getJson("/api/registry/public/agreement-measures?regionCode=990102&size=200", null);
    assertThat(notice.path("items"))
        .filteredOn(item -> item.path("institutionId").asText().equals(id))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.path("measure").asText()).isEqualTo("DEPARTMENTS_SUSPENDED");
              assertThat(item.path("measureLabel").asText()).isEqualTo("科室暂停医保服务");
              assertThat(item.path("departments"))
                  .extracting(JsonNode::asText)
                  .containsExactly("骨科");
              assertThat(item.path("until").asText()).isEqualTo(today.plusMonths(6).toString());
            });
    assertThat(
            getJson("/api/registry/public/agreement-measures?regionCode=990200&size=200", null)
                .path("items"))
        .noneMatch(item -> item.path("institutionId").asText().equals(id));
  }

  @Test
  void shouldRefuseUnknownDepartmentAndDatesOutOfOrderWith422WritingNothing() throws Exception {
    String id = registerHospital("990102");
    addDepartment(id, "GK01", "骨科");
    long version = version(id);

    assertProblem(
        post(
            actions(id),
            """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"r","departments":["眼科"]}"""
                .formatted(today, today.plusDays(30)),
            COUNTY_ADMIN),
        422,
        "unknown-department");
    assertProblem(
        post(
            actions(id),
            """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"r"}"""
                .formatted(today, today.minusDays(1)),
            COUNTY_ADMIN),
        422,
        "dates-out-of-order");
    assertProblem(
        post(
            actions(id),
            """
        {"action":"SUSPEND","from":"%s","reason":"r"}"""
                .formatted(today),
            COUNTY_ADMIN),
        422,
        "suspension-period-missing");

    assertThat(
            post(
                    actions(id),
                    """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"r"}"""
                        .formatted(today, today.plusDays(30)),
                    INSPECTOR)
                .statusCode())
        .as("inspectors do not suspend")
        .isEqualTo(403);
    assertThat(
            post(actions(id), "{\"action\":\"REINSTATE\",\"reason\":\"r\"}", AUDITOR).statusCode())
        .isEqualTo(403);

    assertThat(version(id)).as("nothing written").isEqualTo(version);
    assertThat(
            getJson("/api/registry/institutions/" + id, COUNTY_ADMIN)
                .path("agreement")
                .path("state")
                .asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void shouldAnswer409ForImpossibleTransitionsWritingNothing() throws Exception {
    String none = registerHospital("990102", null);
    long version = version(none);

    assertProblem(
        post(
            actions(none),
            """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"r"}"""
                .formatted(today, today.plusDays(9)),
            COUNTY_ADMIN),
        409,
        "agreement-transition-rejected");
    assertProblem(
        post(actions(none), "{\"action\":\"REINSTATE\",\"reason\":\"r\"}", COUNTY_ADMIN),
        409,
        "agreement-transition-rejected");
    assertThat(version(none)).isEqualTo(version);

    String active = registerHospital("990102");
    assertProblem(
        post(actions(active), "{\"action\":\"REINSTATE\",\"reason\":\"r\"}", COUNTY_ADMIN),
        409,
        "agreement-transition-rejected");
    assertThat(version(active)).isEqualTo(1L);
  }

  @Test
  void shouldReinstateWholeSuspensionByAgencyAndDepartmentSuspensionAutomaticallyByDate()
      throws Exception {
    String whole = registerHospital("990102");
    HttpResponse<String> suspended =
        post(
            actions(whole),
            """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"拒不配合检查"}"""
                .formatted(today, today.plusDays(90)),
            COUNTY_ADMIN);
    assertThat(JSON.readTree(suspended.body()).path("agreement").path("state").asText())
        .isEqualTo("SUSPENDED");

    HttpResponse<String> reinstated =
        post(actions(whole), "{\"action\":\"REINSTATE\",\"reason\":\"整改到位\"}", COUNTY_ADMIN);
    assertThat(reinstated.statusCode()).as(reinstated.body()).isEqualTo(200);
    JsonNode after = JSON.readTree(reinstated.body());
    assertThat(after.path("agreement").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(
            after.path("agreement").path("suspendedUntil").isNull()
                || after.path("agreement").path("suspendedUntil").isMissingNode())
        .isTrue();

    String departmental = registerHospital("990102");
    addDepartment(departmental, "GK01", "骨科");
    post(
        actions(departmental),
        """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"骨科","departments":["骨科"]}"""
            .formatted(today, today.plusDays(5)),
        COUNTY_ADMIN);
    reinstateExpiredSuspensions.run(today.plusDays(5));
    assertThat(
            getJson("/api/registry/institutions/" + departmental, COUNTY_ADMIN)
                .path("agreement")
                .path("suspendedDepartments"))
        .hasSize(1);

    reinstateExpiredSuspensions.run(today.plusDays(6));

    JsonNode ended = getJson("/api/registry/institutions/" + departmental, COUNTY_ADMIN);
    assertThat(ended.path("agreement").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(ended.path("agreement").path("suspendedDepartments")).isEmpty();
    JsonNode history = ended.path("history");
    assertThat(history.get(history.size() - 1).path("kind").asText())
        .isEqualTo("AGREEMENT_REINSTATED");
  }

  @Test
  void shouldAnswer404ToForeignRegionForEveryNewEndpoint() throws Exception {
    String id = registerHospital("990102");
    addDepartment(id, "GK01", "骨科");
    registerDoctor(id, "GK01");
    String doctorId = doctorIds(id).get(0);

    assertProblem(
        post(
            actions(id),
            """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"r"}"""
                .formatted(today, today.plusDays(9)),
            OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertProblem(
        post(
            "/api/registry/institutions/" + id + "/departments",
            "{\"code\":\"YK\",\"name\":\"眼科\"}",
            OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertProblem(
        get("/api/registry/institutions/" + id + "/departments", OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertProblem(
        post(
            "/api/registry/institutions/" + id + "/doctors",
            doctorJson("D" + unique(), "GK01"),
            OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertProblem(
        get("/api/registry/institutions/" + id + "/doctors", OTHER_COUNTY_ADMIN), 404, "not-found");
    assertProblem(
        post(
            "/api/registry/institutions/" + id + "/doctors/" + doctorId + "/actions",
            "{\"action\":\"REINSTATE\",\"reason\":\"r\"}",
            OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    assertThat(version(id)).isEqualTo(2L);
    assertThat(doctorIds(id)).hasSize(1);
  }

  // --- departments and 医保医师
  // ------------------------------------------------------------------------------

  @Test
  void shouldRegisterDoctorsWithProvinceWideUniqueIdAndRefuseBadInputWritingNothing()
      throws Exception {
    String id = registerHospital("990102");
    addDepartment(id, "GK01", "骨科");
    String doctorId = "D" + unique();

    HttpResponse<String> created =
        post(
            "/api/registry/institutions/" + id + "/doctors",
            doctorJson(doctorId, "GK01"),
            COUNTY_ADMIN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode doctor = JSON.readTree(created.body());
    assertThat(doctor.path("id").asText()).isEqualTo(doctorId);
    assertThat(doctor.path("departmentName").asText()).isEqualTo("骨科");
    assertThat(doctor.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(doctor.path("statusLabel").asText()).isEqualTo("正常");
    long doctors = mongo.count(new Query(), "doctors");

    // the same identifier at another institution of another county: unique province-wide
    String other = registerHospital("990103", LocalDate.of(2024, 1, 1), OTHER_COUNTY_ADMIN);
    addDepartment(other, "GK01", "骨科", OTHER_COUNTY_ADMIN);
    assertProblem(
        post(
            "/api/registry/institutions/" + other + "/doctors",
            doctorJson(doctorId, "GK01"),
            OTHER_COUNTY_ADMIN),
        409,
        "duplicate-doctor");
    assertProblem(
        post(
            "/api/registry/institutions/" + id + "/doctors",
            doctorJson("D" + unique(), "NOPE"),
            COUNTY_ADMIN),
        422,
        "unknown-department");
    assertProblem(
        post(
            "/api/registry/institutions/" + id + "/doctors",
            "{\"doctorId\":\"d-lower\",\"name\":\"x\"}",
            COUNTY_ADMIN),
        400,
        "invalid-input");
    assertProblem(
        post(
            "/api/registry/institutions/" + id + "/departments",
            "{\"code\":\"GK01\",\"name\":\"眼科\"}",
            COUNTY_ADMIN),
        409,
        "duplicate-department");
    assertThat(
            post(
                    "/api/registry/institutions/" + id + "/doctors",
                    doctorJson("D" + unique(), "GK01"),
                    AUDITOR)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            post(
                    "/api/registry/institutions/" + id + "/doctors",
                    doctorJson("D" + unique(), "GK01"),
                    null)
                .statusCode())
        .isEqualTo(401);
    assertThat(mongo.count(new Query(), "doctors")).as("nothing written").isEqualTo(doctors);
    assertThat(
            getJson("/api/registry/institutions/" + id + "/departments", COUNTY_ADMIN)
                .path("items"))
        .hasSize(1);
  }

  @Test
  void shouldSuspendAndReinstateDoctorsPaymentQualification() throws Exception {
    // 承医保发〔2019〕2号 §1: 医保医师 clauses in the agreement; a decision can suspend a doctor's 医保 payment
    // qualification
    String id = registerHospital("990102");
    addDepartment(id, "GK01", "骨科");
    registerDoctor(id, "GK01");
    registerDoctor(id, "GK01");
    String doctorId = doctorIds(id).get(0);
    String path = "/api/registry/institutions/" + id + "/doctors/" + doctorId + "/actions";

    HttpResponse<String> suspended =
        post(
            path,
            """
        {"action":"SUSPEND","from":"%s","until":"%s","caseId":"case-7","reason":"分解住院"}"""
                .formatted(today, today.plusMonths(3)),
            COUNTY_ADMIN);
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
    assertThat(JSON.readTree(suspended.body()).path("status").asText()).isEqualTo("SUSPENDED");
    assertThat(
            getJson("/api/registry/institutions/" + id + "/doctors?status=SUSPENDED", COUNTY_ADMIN)
                .path("items"))
        .extracting(d -> d.path("id").asText())
        .containsExactly(doctorId);
    assertThat(
            getJson("/api/registry/institutions/" + id + "/doctors?status=ACTIVE", COUNTY_ADMIN)
                .path("total")
                .asLong())
        .isEqualTo(1L);

    assertProblem(
        post(
            path,
            """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"again"}"""
                .formatted(today, today.plusDays(1)),
            COUNTY_ADMIN),
        409,
        "doctor-transition-rejected");
    assertProblem(
        post(
            path,
            """
        {"action":"SUSPEND","from":"%s","until":"%s","reason":"x"}"""
                .formatted(today, today.minusDays(1)),
            COUNTY_ADMIN),
        422,
        "dates-out-of-order");
    assertThat(
            getJson("/api/registry/institutions/" + id + "/doctors?status=SUSPENDED", COUNTY_ADMIN)
                .path("items")
                .get(0)
                .path("version")
                .asLong())
        .as("nothing written")
        .isEqualTo(2L);

    HttpResponse<String> reinstated =
        post(path, "{\"action\":\"REINSTATE\",\"reason\":\"处理决定撤销\"}", COUNTY_ADMIN);
    assertThat(JSON.readTree(reinstated.body()).path("status").asText()).isEqualTo("ACTIVE");
    assertThat(JSON.readTree(reinstated.body()).path("history"))
        .extracting(h -> h.path("kind").asText())
        .containsExactly("DOCTOR_REGISTERED", "DOCTOR_SUSPENDED", "DOCTOR_REINSTATED");
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------------------

  private String registerHospital(String county) throws Exception {
    return registerHospital(county, LocalDate.of(2024, 1, 1));
  }

  private String registerHospital(String county, LocalDate signedOn) throws Exception {
    return registerHospital(county, signedOn, COUNTY_ADMIN);
  }

  String registerHospital(String county, LocalDate signedOn, String bearer) throws Exception {
    String body =
        """
        {"nationalCode":"H%s","name":"测试医院%d（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
         "ownership":"PUBLIC","countyCode":"%s"%s}"""
            .formatted(
                unique(),
                SEQUENCE.incrementAndGet(),
                county,
                signedOn == null ? "" : ",\"agreementSignedOn\":\"" + signedOn + "\"");
    HttpResponse<String> response = post("/api/registry/institutions", body, bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  private void addDepartment(String id, String code, String name) throws Exception {
    addDepartment(id, code, name, COUNTY_ADMIN);
  }

  private void addDepartment(String id, String code, String name, String bearer) throws Exception {
    HttpResponse<String> response =
        post(
            "/api/registry/institutions/" + id + "/departments",
            "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}",
            bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private void registerDoctor(String id, String department) throws Exception {
    HttpResponse<String> response =
        post(
            "/api/registry/institutions/" + id + "/doctors",
            doctorJson("D" + unique(), department),
            COUNTY_ADMIN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private List<String> doctorIds(String id) throws Exception {
    JsonNode page = getJson("/api/registry/institutions/" + id + "/doctors?size=200", COUNTY_ADMIN);
    return page.path("items").findValuesAsText("id");
  }

  private static String doctorJson(String doctorId, String department) {
    return """
        {"doctorId":"%s","name":"医师%d（演示）","departmentCode":"%s","certificateNumber":"110990102%06d"}"""
        .formatted(doctorId, SEQUENCE.incrementAndGet(), department, SEQUENCE.incrementAndGet());
  }

  private long version(String id) throws Exception {
    return getJson("/api/registry/institutions/" + id, COUNTY_ADMIN).path("version").asLong();
  }

  private static String actions(String id) {
    return "/api/registry/institutions/" + id + "/agreement-actions";
  }
}
