package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.ybjg.cases.events.CaseClosed;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;

/**
 * Credit of 医保医师 from case decisions ("credit records for institutions AND DOCTORS from case
 * decisions"; 承医保发〔2019〕2号 §10: doctors' failures enter credit records): a decision naming doctors
 * records each of them once per case however often it is delivered, grades them on the
 * institutions' scale, lists them on the black list, and lets an administrator repair the record
 * after rectification with a recorded reason.
 */
class DoctorCreditIT extends AgencyContextIT {

  private static final Duration EVENTUALLY = Duration.ofSeconds(20);
  private static final EventType DECISION_ISSUED =
      new EventType(DecisionIssued.TYPE, CaseTopics.EVENTS);
  private static final EventType CASE_CLOSED = new EventType(CaseClosed.TYPE, CaseTopics.EVENTS);

  @Autowired MongoTemplate mongo;

  @Autowired Events events;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void shouldRecordNamedDoctorsOncePerCaseBlackListAndRepairWithAReason() throws Exception {
    String id = registerHospital("990102", COUNTY_ADMIN);
    addDepartment(id, COUNTY_ADMIN);
    String named = registerDoctor(id, COUNTY_ADMIN);
    String other = registerDoctor(id, COUNTY_ADMIN);
    String elsewhereInstitution = registerHospital("990102", COUNTY_ADMIN);
    addDepartment(elsewhereInstitution, COUNTY_ADMIN);
    String elsewhere = registerDoctor(elsewhereInstitution, COUNTY_ADMIN);

    String caseId = "case-" + UUID.randomUUID();
    DecisionIssued decision =
        new DecisionIssued(
            caseId,
            "990102医保决〔2026〕77号",
            id,
            "990102",
            List.of(),
            new BigDecimal("20000.00"),
            today,
            "county-admin",
            "FRAUD",
            new BigDecimal("10000.00"),
            null,
            "40",
            "SERIOUS",
            false,
            List.of(
                new DecisionIssued.Doctor(named, "张三（演示）", "110990102000001"),
                new DecisionIssued.Doctor(elsewhere, "不在本机构（演示）", null),
                new DecisionIssued.Doctor("D-NOT-REGISTERED", "未登记（演示）", null)));
    EventEnvelope first = events.envelope(DECISION_ISSUED, caseId, decision);
    String message = events.serialize(first);
    kafka.send(CaseTopics.EVENTS, id, message);
    kafka.send(CaseTopics.EVENTS, id, message); // redelivery
    EventEnvelope reissued =
        events.envelope(DECISION_ISSUED, caseId, decision); // the same case, another envelope
    kafka.send(CaseTopics.EVENTS, id, events.serialize(reissued));
    await()
        .atMost(EVENTUALLY)
        .until(() -> processedEvents(id).containsAll(List.of(first.id(), reissued.id())));

    // exactly one record for the named doctor; the institution's own record is not blocked by
    // unknown doctors
    String creditPath = "/api/registry/institutions/" + id + "/doctors/" + named + "/credit";
    JsonNode file = getJson(creditPath, COUNTY_ADMIN);
    assertThat(file.path("doctorId").asText()).isEqualTo(named);
    assertThat(file.path("records")).hasSize(1);
    assertThat(file.path("records").get(0).path("caseId").asText()).isEqualTo(caseId);
    assertThat(file.path("records").get(0).path("severity").asText()).isEqualTo("SERIOUS");
    assertThat(file.path("grade").asText()).as("a serious record: the worst grade").isEqualTo("E");
    assertThat(file.path("blackListed").asBoolean()).isTrue();
    assertThat(
            getJson("/api/registry/institutions/" + id + "/credit", COUNTY_ADMIN).path("records"))
        .hasSize(1);
    assertThat(
            getJson(
                    "/api/registry/institutions/"
                        + elsewhereInstitution
                        + "/doctors/"
                        + elsewhere
                        + "/credit",
                    COUNTY_ADMIN)
                .path("records"))
        .as("a doctor of another institution is skipped")
        .isEmpty();

    // the doctors list shows the grade
    JsonNode doctors =
        getJson("/api/registry/institutions/" + id + "/doctors?size=200", COUNTY_ADMIN);
    assertThat(doctors.path("items"))
        .extracting(
            d ->
                d.path("id").asText()
                    + ":"
                    + d.path("creditGrade").asText()
                    + ":"
                    + d.path("creditRecordCount").asInt())
        .containsExactlyInAnyOrder(named + ":E:1", other + ":A:0");

    // the institution's history shows the doctor's record, once
    JsonNode history = getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN);
    assertThat(history.path("items"))
        .filteredOn(e -> e.path("kind").asText().equals("DOCTOR_CREDIT_RECORD"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path("source").asText()).isEqualTo("CREDIT");
              assertThat(e.path("reference").asText()).isEqualTo(caseId);
            });

    // region-scoped through the institution: foreign → 404; a doctor of another institution → 404
    assertProblem(get(creditPath, OTHER_COUNTY_ADMIN), 404, "not-found");
    assertProblem(
        get("/api/registry/institutions/" + id + "/doctors/" + elsewhere + "/credit", COUNTY_ADMIN),
        404,
        "not-found");

    // the black list of doctors; institutions stay the default subject
    assertThat(
            getJson("/api/registry/credit-lists/BLACK?subject=DOCTOR&size=200", CITY_ADMIN)
                .path("items"))
        .filteredOn(e -> e.path("doctorId").asText().equals(named))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path("subject").asText()).isEqualTo("DOCTOR");
              assertThat(e.path("institutionId").asText()).isEqualTo(id);
              assertThat(e.path("grade").asText()).isEqualTo("E");
            });
    assertThat(
            getJson("/api/registry/credit-lists/BLACK?subject=DOCTOR&size=200", OTHER_COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("doctorId"))
        .doesNotContain(named);
    assertThat(
            getJson("/api/registry/credit-lists/BLACK?size=200", COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("institutionId"))
        .contains(id)
        .doesNotContain(named);
    assertThat(
            getJson(
                    "/api/registry/credit-lists/RED?subject=DOCTOR&regionCode=990102&size=200",
                    COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("doctorId"))
        .contains(other)
        .doesNotContain(named);
    assertThat(get("/api/registry/credit-lists/BLACK?subject=NURSE", COUNTY_ADMIN).statusCode())
        .isEqualTo(400);

    // credit repair after rectification, with a recorded reason (same rules as the institution's)
    String repairPath =
        "/api/registry/institutions/" + id + "/doctors/" + named + "/credit-repairs";
    long version =
        mongo.findById(named, Document.class, "doctors").get("version", Number.class).longValue();
    assertProblem(
        post(repairPath, "{\"caseId\":\"" + caseId + "\",\"reason\":\"  \"}", COUNTY_ADMIN),
        422,
        "repair-reason-missing");
    assertProblem(
        post(repairPath, "{\"caseId\":\"nope\",\"reason\":\"整改到位\"}", COUNTY_ADMIN),
        422,
        "no-credit-record");
    assertThat(
            post(repairPath, "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}", AUDITOR)
                .statusCode())
        .isEqualTo(403);
    // credit repair is for administrators: no other role of the county
    for (String role : java.util.List.of("INSPECTOR", "EXPERT", "API_CLIENT", "INSTITUTION_USER")) {
      assertThat(
              post(
                      repairPath,
                      "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}",
                      TOKENS.bearer("not-an-admin", "990102", role))
                  .statusCode())
          .as(role)
          .isEqualTo(403);
    }
    assertProblem(
        post(repairPath, "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}", OTHER_COUNTY_ADMIN),
        404,
        "not-found");
    // docs/law.md#credit-and-rewards: repair only after rectification — the case is not closed yet
    assertProblem(
        post(repairPath, "{\"caseId\":\"" + caseId + "\",\"reason\":\"整改到位\"}", COUNTY_ADMIN),
        422,
        "credit-not-rectified");
    assertThat(
            mongo
                .findById(named, Document.class, "doctors")
                .get("version", Number.class)
                .longValue())
        .as("nothing written on a refusal")
        .isEqualTo(version);

    // a dismissed closure rectifies nothing; the concluded one (整改结案), delivered twice, marks the
    // record once
    EventEnvelope dismissed =
        events.envelope(
            CASE_CLOSED,
            caseId,
            new CaseClosed(
                caseId, id, "990102", "DISMISSED", null, today.minusDays(1), "撤销案件（演示）"));
    EventEnvelope concluded =
        events.envelope(
            CASE_CLOSED,
            caseId,
            new CaseClosed(caseId, id, "990102", "CONCLUDED", "990102医保决〔2026〕77号", today, null));
    String closure = events.serialize(concluded);
    EventSchemaAssert.assertConforms(events.serialize(dismissed), CaseClosed.TYPE);
    EventSchemaAssert.assertConforms(closure, CaseClosed.TYPE);
    kafka.send(CaseTopics.EVENTS, id, events.serialize(dismissed));
    kafka.send(CaseTopics.EVENTS, id, closure);
    kafka.send(CaseTopics.EVENTS, id, closure); // redelivery
    // a later event of the same partition: once it is processed, both closures before it are too
    String sentinelCase = "case-" + UUID.randomUUID();
    EventEnvelope sentinel =
        events.envelope(
            DECISION_ISSUED,
            sentinelCase,
            new DecisionIssued(
                sentinelCase,
                "990102医保决〔2026〕78号",
                id,
                "990102",
                List.of(),
                new BigDecimal("100.00"),
                today,
                "county-admin",
                "GENERAL_VIOLATION",
                new BigDecimal("100.00"),
                new BigDecimal("100.00"),
                "38",
                "NONE",
                false));
    kafka.send(CaseTopics.EVENTS, id, events.serialize(sentinel));
    await()
        .atMost(EVENTUALLY)
        .until(() -> processedEvents(id).containsAll(List.of(concluded.id(), sentinel.id())));
    Document stored = mongo.findById(named, Document.class, "doctors");
    assertThat(stored.get("version", Number.class).longValue())
        .as("rectified once")
        .isEqualTo(version + 1);
    JsonNode rectified = getJson(creditPath, COUNTY_ADMIN);
    assertThat(rectified.path("records").get(0).path("rectifiedOn").asText())
        .as("the concluded closure's day, not the dismissed one's")
        .isEqualTo(today.toString());
    assertThat(rectified.path("grade").asText())
        .as("rectification alone does not regrade")
        .isEqualTo("E");
    assertThat(
            getJson("/api/registry/institutions/" + id + "/credit", COUNTY_ADMIN)
                .path("records")
                .get(0)
                .path("rectifiedOn")
                .asText())
        .isEqualTo(today.toString());
    assertThat(getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN).path("items"))
        .filteredOn(e -> e.path("kind").asText().equals("DOCTOR_CASE_RECTIFIED"))
        .singleElement()
        .satisfies(e -> assertThat(e.path("reference").asText()).isEqualTo(caseId));

    HttpResponse<String> repaired =
        post(
            repairPath,
            "{\"caseId\":\"" + caseId + "\",\"reason\":\"已完成整改并参加医保政策培训（演示）\"}",
            COUNTY_ADMIN);
    assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
    JsonNode after = JSON.readTree(repaired.body());
    assertThat(after.path("grade").asText()).isEqualTo("A");
    assertThat(after.path("blackListed").asBoolean()).isFalse();
    assertThat(after.path("records").get(0).path("repaired").asBoolean()).isTrue();
    assertThat(after.path("records").get(0).path("repairReason").asText())
        .isEqualTo("已完成整改并参加医保政策培训（演示）");
    assertThat(after.path("records").get(0).path("repairedBy").asText()).isEqualTo("county-admin");
    assertProblem(
        post(repairPath, "{\"caseId\":\"" + caseId + "\",\"reason\":\"再次\"}", COUNTY_ADMIN),
        409,
        "credit-already-repaired");
    assertThat(
            getJson("/api/registry/credit-lists/BLACK?subject=DOCTOR&size=200", COUNTY_ADMIN)
                .path("items")
                .findValuesAsText("doctorId"))
        .doesNotContain(named);
    assertThat(getJson("/api/registry/institutions/" + id + "/history", COUNTY_ADMIN).path("items"))
        .extracting(e -> e.path("kind").asText())
        .contains("DOCTOR_CREDIT_RECORD", "DOCTOR_CREDIT_REPAIR");
  }

  private List<String> processedEvents(String institutionId) {
    Document document = mongo.findById(institutionId, Document.class, "institutions");
    return document == null
        ? List.of()
        : document.getList("processedEvents", String.class, List.of());
  }

  private String registerHospital(String county, String bearer) throws Exception {
    HttpResponse<String> response =
        post(
            "/api/registry/institutions",
            """
        {"nationalCode":"H%s","name":"信用测试医院%s（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
         "ownership":"PUBLIC","countyCode":"%s","agreementSignedOn":"2024-01-01"}"""
                .formatted(unique(), unique(), county),
            bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asText();
  }

  private void addDepartment(String id, String bearer) throws Exception {
    HttpResponse<String> response =
        post(
            "/api/registry/institutions/" + id + "/departments",
            "{\"code\":\"GK01\",\"name\":\"骨科\"}",
            bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private String registerDoctor(String id, String bearer) throws Exception {
    String doctorId = "D" + unique();
    HttpResponse<String> response =
        post(
            "/api/registry/institutions/" + id + "/doctors",
            """
        {"doctorId":"%s","name":"医师%s（演示）","departmentCode":"GK01","certificateNumber":"110990102%s"}"""
                .formatted(doctorId, unique().substring(0, 4), unique().substring(0, 6)),
            bearer);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return doctorId;
  }
}
