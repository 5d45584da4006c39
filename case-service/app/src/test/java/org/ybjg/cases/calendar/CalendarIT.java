package org.ybjg.cases.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.ybjg.chassis.calendar.CalendarLoaded;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;

/** Loading a year's holiday notice over HTTP: who may, what is refused, what changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarIT {

  private static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  private static final String PROVINCE_ADMIN =
      TOKENS.bearer("province-admin", "990000", "PROVINCE_ADMIN");
  private static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "calendar-it");
  }

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private RestClient http;

  @BeforeEach
  void client() {
    http =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
            .build();
  }

  @Test
  void shouldRefuseEveryBrokenRowAndStoreNothingWhenTheNoticeBreaksRules() throws Exception {
    ResponseEntity<String> refused =
        put(
            2031,
            PROVINCE_ADMIN,
            Map.of(
                "source",
                " ",
                "days",
                List.of(
                    Map.of("date", "2031-10-06", "kind", "WORKDAY", "name", "x"),
                    Map.of("date", "2031-10-11", "kind", "HOLIDAY", "name", "y"),
                    Map.of("date", "2032-01-05", "kind", "HOLIDAY", "name", "z"),
                    Map.of("date", "2031-10-02", "kind", "WORKDAY", "name", "w"))));

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    JsonNode problem = JSON.readTree(refused.getBody());
    assertThat(problem.path("type").asText()).endsWith("calendar-source-missing");
    assertThat(problem.path("violations").findValuesAsText("field"))
        .containsExactly("source", "days[0].date", "days[1].date", "days[2].date", "days[3].date");
    assertThat(mongo.findById("2031", org.bson.Document.class, WorkingDayCalendars.COLLECTION))
        .isNull();
  }

  @Test
  void shouldRefuseAnyoneButAProvinceAdministratorWhenLoadingAYear() {
    Map<String, Object> notice =
        Map.of(
            "source",
            "国务院办公厅关于2032年部分节假日安排的通知（测试用）",
            "days",
            List.of(Map.of("date", "2032-10-04", "kind", "HOLIDAY", "name", "国庆节")));
    assertThat(put(2032, CITY_ADMIN, notice).getStatusCode().value()).isEqualTo(403);
    assertThat(put(2032, null, notice).getStatusCode().value()).isEqualTo(401);
    assertThat(mongo.findById("2032", org.bson.Document.class, WorkingDayCalendars.COLLECTION))
        .isNull();
  }

  /** A deadline over 国庆节 2029 moves once the 2029 notice is loaded, and the notice goes out. */
  @Test
  void shouldChangeTheDeadlineAndPublishTheYearWhenANoticeIsLoaded() throws Exception {
    String deadline = "/api/cases/calendar/deadline?from=2029-09-28&amount=5&unit=WORKING_DAYS";
    // before: only the statutory 1–3 October (Mon–Wed) are known → 4, 5, 8, 9, 10 October
    JsonNode before = JSON.readTree(get(deadline, CITY_ADMIN).getBody());
    assertThat(before.path("due").asText()).isEqualTo("2029-10-10");
    assertThat(before.path("calendarCovers").asBoolean()).isFalse();

    ResponseEntity<String> loaded =
        put(
            2029,
            PROVINCE_ADMIN,
            Map.of(
                "source",
                "国务院办公厅关于2029年部分节假日安排的通知（测试用）",
                "days",
                List.of(
                    Map.of("date", "2029-09-29", "kind", "WORKDAY", "name", "国庆节调休上班"),
                    Map.of("date", "2029-10-04", "kind", "HOLIDAY", "name", "国庆节"),
                    Map.of("date", "2029-10-05", "kind", "HOLIDAY", "name", "国庆节"))));

    assertThat(loaded.getStatusCode().value()).as(loaded.getBody()).isEqualTo(200);
    assertThat(JSON.readTree(loaded.getBody()).path("version").asLong()).isEqualTo(1);
    // after: Saturday 29 September worked, 4–5 October off → 29 Sep, 8, 9, 10, 11 October
    JsonNode after = JSON.readTree(get(deadline, CITY_ADMIN).getBody());
    assertThat(after.path("due").asText()).isEqualTo("2029-10-11");
    assertThat(after.path("calendarCovers").asBoolean()).isTrue();
    JsonNode calendar = JSON.readTree(get("/api/cases/calendar", CITY_ADMIN).getBody());
    assertThat(calendar.path("years").toString()).isEqualTo("[2025,2026,2029]");

    List<ConsumerRecord<String, String>> published =
        kafka.readContaining(CalendarLoaded.TOPIC, "2029年部分节假日", 1, Duration.ofSeconds(30));
    ConsumerRecord<String, String> event =
        published.stream().filter(r -> r.value().contains("2029年部分节假日")).findFirst().orElseThrow();
    assertThat(event.key()).isEqualTo("2029");
    EventSchemaAssert.assertConforms(event.value(), CalendarLoaded.TYPE);
  }

  private ResponseEntity<String> put(int year, String token, Object body) {
    var request =
        http.put()
            .uri("/api/cases/calendar/" + year)
            .contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en")
            .body(body);
    if (token != null) {
      request = request.header("Authorization", token);
    }
    return request.retrieve().toEntity(String.class);
  }

  private ResponseEntity<String> get(String path, String token) {
    return http.get().uri(path).header("Authorization", token).retrieve().toEntity(String.class);
  }
}
