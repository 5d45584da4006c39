package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.ybjg.cases.events.DoctorPointsConfirmed;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;

/**
 * Points of 医保医师 from the case service (医保发〔2024〕23号): applied once per decision however often
 * delivered, accumulated per person (practising certificate number) across every institution that
 * lists the person, terminating the billing qualification at 12 with a re-registration bar, and
 * withdrawn when the decision is revoked.
 */
class DoctorPointsIT extends AgencyContextIT {

  private static final Duration EVENTUALLY = Duration.ofSeconds(20);
  private static final EventType CONFIRMED =
      new EventType(DoctorPointsConfirmed.TYPE, CaseTopics.EVENTS);
  private static final EventType CLOSED = new EventType(CaseClosed.TYPE, CaseTopics.EVENTS);

  @Autowired MongoTemplate mongo;

  @Autowired Events events;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void shouldApplyPointsOncePerDecisionFlagThePersonEverywhereAndWithdrawOnRevocation()
      throws Exception {
    String certificate = "110990102" + unique().substring(0, 8);
    String first = registerHospital();
    String second = registerHospital();
    String atFirst = registerDoctor(first, certificate);
    String atSecond = registerDoctor(second, certificate);

    // 10 points from a fraud decision, delivered twice and once more in another envelope
    String fraudCase = "case-" + UUID.randomUUID();
    DoctorPointsConfirmed ten = points(fraudCase, first, atFirst, 10, 10, 12);
    EventEnvelope tenEvent = events.envelope(CONFIRMED, fraudCase, ten);
    String tenMessage = events.serialize(tenEvent);
    EventSchemaAssert.assertConforms(tenMessage, DoctorPointsConfirmed.TYPE);
    kafka.send(CaseTopics.EVENTS, first, tenMessage);
    kafka.send(CaseTopics.EVENTS, first, tenMessage);
    EventEnvelope tenAgain = events.envelope(CONFIRMED, fraudCase, ten);
    kafka.send(CaseTopics.EVENTS, first, events.serialize(tenAgain));
    // a listing the deciding institution does not have is skipped
    kafka.send(
        CaseTopics.EVENTS,
        second,
        events.serialize(
            events.envelope(
                CONFIRMED, fraudCase, points(fraudCase, second, "D-NOT-THERE", 10, 10, 12))));
    await().atMost(EVENTUALLY).until(() -> processedEvents(certificate).contains(tenEvent.id()));

    JsonNode suspended = qualification(first, atFirst);
    assertThat(suspended.path("pointsThisYear").asInt()).isEqualTo(10);
    assertThat(suspended.path("state").asText()).isEqualTo("SUSPENDED");
    assertThat(suspended.path("entries")).hasSize(1);

    // 3 more points from a second decision: 13 in the year, terminated cumulatively, 1-year bar
    String secondCase = "case-" + UUID.randomUUID();
    EventEnvelope threeEvent =
        events.envelope(CONFIRMED, secondCase, points(secondCase, first, atFirst, 3, 1, 3));
    kafka.send(CaseTopics.EVENTS, first, events.serialize(threeEvent));
    await().atMost(EVENTUALLY).until(() -> processedEvents(certificate).contains(threeEvent.id()));

    for (String[] listing :
        List.of(new String[] {first, atFirst}, new String[] {second, atSecond})) {
      JsonNode terminated = qualification(listing[0], listing[1]);
      assertThat(terminated.path("pointsThisYear").asInt())
          .as("10 applied once (the redeliveries came before on the same partition), then 3")
          .isEqualTo(13);
      assertThat(terminated.path("state").asText())
          .as("flagged in every institution that lists the person")
          .isEqualTo("TERMINATED");
      assertThat(terminated.path("stateLabel").asText()).isEqualTo("终止医保支付资格");
      assertThat(terminated.path("terminatedOn").asText()).isEqualTo(today.toString());
      assertThat(terminated.path("barredUntil").asText())
          .isEqualTo(today.plusYears(1).minusDays(1).toString());
    }

    // the person cannot be registered again while barred, in any institution
    String third = registerHospital();
    assertProblem(
        post(
            "/api/registry/institutions/" + third + "/doctors",
            doctorJson("D" + unique(), certificate),
            COUNTY_ADMIN),
        409,
        "person-barred");

    // a foreign county learns nothing
    assertProblem(
        get("/api/registry/institutions/" + first + "/doctors", OTHER_COUNTY_ADMIN),
        404,
        "not-found");

    // the second decision is revoked: its points are withdrawn, the termination with them
    CaseClosed revoked =
        new CaseClosed(
            secondCase,
            first,
            "990102",
            CaseClosed.NOT_UPHELD,
            "990102医保决〔2026〕91号",
            today,
            "复议撤销");
    EventEnvelope revokedEvent = events.envelope(CLOSED, secondCase, revoked);
    String revokedMessage = events.serialize(revokedEvent);
    EventSchemaAssert.assertConforms(revokedMessage, CaseClosed.TYPE);
    kafka.send(CaseTopics.EVENTS, first, revokedMessage);
    kafka.send(CaseTopics.EVENTS, first, revokedMessage);
    await()
        .atMost(EVENTUALLY)
        .until(() -> processedEvents(certificate).contains(revokedEvent.id()));

    JsonNode afterRevocation = qualification(second, atSecond);
    assertThat(afterRevocation.path("pointsThisYear").asInt()).isEqualTo(10);
    assertThat(afterRevocation.path("state").asText()).isEqualTo("SUSPENDED");
    assertThat(afterRevocation.path("entries"))
        .filteredOn(e -> e.path("caseId").asText().equals(secondCase))
        .singleElement()
        .satisfies(e -> assertThat(e.path("withdrawnOn").asText()).isEqualTo(today.toString()));
  }

  private DoctorPointsConfirmed points(
      String caseId, String institutionId, String doctorId, int points, int min, int max) {
    return new DoctorPointsConfirmed(
        caseId,
        "990102医保决〔2026〕" + (90 + points) + "号",
        institutionId,
        "990102",
        doctorId,
        "记分测试医师（演示）",
        points,
        min,
        max,
        "主要责任（演示）",
        points >= 10 ? "40" : null,
        today,
        today);
  }

  private JsonNode qualification(String institutionId, String doctorId) throws Exception {
    JsonNode page =
        getJson("/api/registry/institutions/" + institutionId + "/doctors?size=200", COUNTY_ADMIN);
    for (JsonNode doctor : page.path("items")) {
      if (doctor.path("id").asText().equals(doctorId)) {
        return doctor.path("qualification");
      }
    }
    throw new AssertionError("doctor " + doctorId + " not listed by " + institutionId);
  }

  private List<String> processedEvents(String certificate) {
    Document document = mongo.findById(certificate, Document.class, "qualifications");
    return document == null
        ? List.of()
        : document.getList("processedEvents", String.class, List.of());
  }

  private String registerHospital() throws Exception {
    HttpResponse<String> response =
        post(
            "/api/registry/institutions",
            """
        {"nationalCode":"H%s","name":"记分测试医院%s（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
         "ownership":"PUBLIC","countyCode":"990102","agreementSignedOn":"2024-01-01"}"""
                .formatted(unique(), unique()),
            COUNTY_ADMIN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String id = JSON.readTree(response.body()).path("id").asText();
    HttpResponse<String> department =
        post(
            "/api/registry/institutions/" + id + "/departments",
            "{\"code\":\"GK01\",\"name\":\"骨科\"}",
            COUNTY_ADMIN);
    assertThat(department.statusCode()).as(department.body()).isEqualTo(201);
    return id;
  }

  private String registerDoctor(String institutionId, String certificate) throws Exception {
    String doctorId = "D" + unique();
    HttpResponse<String> response =
        post(
            "/api/registry/institutions/" + institutionId + "/doctors",
            doctorJson(doctorId, certificate),
            COUNTY_ADMIN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return doctorId;
  }

  private static String doctorJson(String doctorId, String certificate) {
    return """
        {"doctorId":"%s","name":"记分测试医师（演示）","departmentCode":"GK01","certificateNumber":"%s"}"""
        .formatted(doctorId, certificate);
  }
}
