package org.ybjg.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.inspection.client.CoverageApi;
import org.ybjg.inspection.client.invoker.ApiClient;
import org.ybjg.inspection.client.model.CountyCoverage;
import org.ybjg.inspection.client.model.CoverageProgress;
import org.ybjg.inspection.client.model.CoverageRound;
import org.ybjg.inspection.client.model.CoverageRoundStatus;
import org.ybjg.inspection.client.model.NewCoverageRound;
import org.ybjg.inspection.client.model.UncheckedInstitution;
import org.ybjg.inspection.client.model.UncheckedPage;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.coverage.CoverageRounds;
import org.ybjg.inspection.directory.DirectoryEntries;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Full-coverage rounds (吕医保发〔2021〕36号 §(三)1: 第一次现场检查全覆盖, 100% of the designated institutions of the
 * region inside the window) over HTTP, with institutions arriving from the registry topic and
 * findings recorded through the API. Each test uses its own counties so the populations do not mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoverageIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final EventType INSTITUTION_CHANGED =
      new EventType(InstitutionChanged.TYPE, RegistryTopics.INSTITUTIONS);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "inspection-coverage-it");
  }

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired MongoTemplate mongo;
  @Autowired ObjectMapper json;

  private final TestTokens tokens = TestInfrastructure.get().tokens();
  private final LocalDate today = LegalCalendar.today(java.time.Clock.systemUTC());

  @Test
  void shouldShowProgressPerCountyAndTheUncheckedInstitutionsOfAnOpenRound() throws Exception {
    // city 990200: two in 990202, one suspended and one terminated in 990203, one in another city
    String a = institution("990202", "ACTIVE", "甲医院");
    String b = institution("990202", "ACTIVE", "乙医院");
    String c = institution("990203", "SUSPENDED", "丙药房");
    String terminated = institution("990203", "TERMINATED", "丁诊所");
    String elsewhere = institution("990405", "ACTIVE", "戊医院");
    awaitInDirectory(a, b, c, terminated, elsewhere);
    String cityAdmin = tokens.bearer("city2-admin", "990200", "CITY_ADMIN");

    CoverageRound round =
        coverage(cityAdmin)
            .openCoverageRound(
                new NewCoverageRound()
                    .name("2025年第一次现场检查全覆盖（南岭市）")
                    .regionCode("990200")
                    .windowFrom(today.minusDays(30))
                    .windowTo(today.plusDays(30)));

    assertThat(round.getPopulationSize()).isEqualTo(3);
    assertThat(round.getCreatedBy()).isEqualTo("city2-admin");
    recordFinding(a, today);

    CoverageProgress progress = coverage(cityAdmin).getCoverageProgress(round.getId());
    assertThat(progress.getStatus()).isEqualTo(CoverageRoundStatus.IN_PROGRESS);
    assertThat(progress.getStatusLabel()).isEqualTo("进行中");
    assertThat(progress.getTotal().getPopulation()).isEqualTo(3);
    assertThat(progress.getTotal().getChecked()).isEqualTo(1);
    assertThat(progress.getTotal().getShare()).isEqualTo(0.3333);
    assertThat(progress.getTotal().getOverdue()).isZero();
    assertThat(progress.getCounties())
        .extracting(CountyCoverage::getCountyCode)
        .containsExactly("990202", "990203");
    assertThat(progress.getCounties().get(0).getChecked()).isEqualTo(1);
    assertThat(progress.getCounties().get(0).getShare()).isEqualTo(0.5);
    assertThat(progress.getCounties().get(1).getPopulation()).isEqualTo(1);
    assertThat(progress.getCounties().get(0).getName()).isNotBlank().isNotEqualTo("990202");

    UncheckedPage unchecked =
        coverage(cityAdmin).listUncheckedInstitutions(round.getId(), null, 0, 20);
    assertThat(unchecked.getItems())
        .extracting(UncheckedInstitution::getInstitutionId)
        .containsExactly(b, c);
    assertThat(unchecked.getItems()).allMatch(item -> !item.getOverdue());
    assertThat(unchecked.getTotal()).isEqualTo(2);
    assertThat(coverage(cityAdmin).listUncheckedInstitutions(round.getId(), null, 1, 1).getItems())
        .extracting(UncheckedInstitution::getInstitutionId)
        .containsExactly(c);

    // a county administrator sees their county's rows only; a foreign county sees nothing at all
    String countyAdmin = tokens.bearer("county-admin-990203", "990203", "COUNTY_ADMIN");
    CoverageProgress countyView = coverage(countyAdmin).getCoverageProgress(round.getId());
    assertThat(countyView.getCounties())
        .extracting(CountyCoverage::getCountyCode)
        .containsExactly("990203");
    assertThat(countyView.getTotal().getPopulation()).isEqualTo(1);
    assertThat(
            coverage(countyAdmin).listUncheckedInstitutions(round.getId(), null, 0, 20).getItems())
        .extracting(UncheckedInstitution::getInstitutionId)
        .containsExactly(c);
    assertStatus(
        get(
            "/api/inspection/coverage-rounds/" + round.getId() + "/unchecked?countyCode=990202",
            countyAdmin),
        404);
    String foreign = tokens.bearer("county-admin-990405", "990405", "COUNTY_ADMIN");
    assertThat(coverage(countyAdmin).listCoverageRounds(0, 200).getItems())
        .extracting(CoverageRound::getId)
        .contains(round.getId());
    assertThat(coverage(cityAdmin).listCoverageRounds(0, 200).getItems())
        .filteredOn(r -> r.getId().equals(round.getId()))
        .singleElement()
        .satisfies(r -> assertThat(r.getPopulationSize()).isEqualTo(3));
    assertThat(coverage(foreign).listCoverageRounds(0, 200).getItems())
        .extracting(CoverageRound::getId)
        .doesNotContain(round.getId());
    assertStatus(
        get("/api/inspection/coverage-rounds/" + round.getId() + "/progress", foreign), 404);
    assertStatus(
        get("/api/inspection/coverage-rounds/" + round.getId() + "/unchecked", foreign), 404);

    // the population is the snapshot: an institution designated later does not join the round
    awaitInDirectory(institution("990202", "ACTIVE", "己医院"));
    recordFinding(b, today.minusDays(1));
    recordFinding(c, today);
    CoverageProgress done = coverage(cityAdmin).getCoverageProgress(round.getId());
    assertThat(done.getRound().getPopulationSize()).isEqualTo(3);
    assertThat(done.getTotal().getChecked()).isEqualTo(3);
    assertThat(done.getTotal().getShare()).isEqualTo(1.0);
    assertThat(done.getStatus()).isEqualTo(CoverageRoundStatus.COMPLETED);
    assertThat(coverage(cityAdmin).listUncheckedInstitutions(round.getId(), null, 0, 20).getItems())
        .isEmpty();
  }

  @Test
  void shouldCountOnlyFindingsInsideTheWindowAndShowTheRestOverdueOnceItHasPassed()
      throws Exception {
    String early = institution("990403", "ACTIVE", "早查医院");
    String late = institution("990403", "ACTIVE", "晚查医院");
    awaitInDirectory(early, late);
    String countyAdmin = tokens.bearer("county-admin-990403", "990403", "COUNTY_ADMIN");
    CoverageRound round =
        coverage(countyAdmin)
            .openCoverageRound(
                new NewCoverageRound()
                    .name("已结束的全覆盖")
                    .regionCode("990403")
                    .windowFrom(today.minusDays(60))
                    .windowTo(today.minusDays(1)));

    recordFinding(early, today.minusDays(5)); // inside the window
    recordFinding(late, today); // after the window: does not count

    CoverageProgress progress = coverage(countyAdmin).getCoverageProgress(round.getId());
    assertThat(progress.getStatus()).isEqualTo(CoverageRoundStatus.OVERDUE);
    assertThat(progress.getStatusLabel()).isEqualTo("逾期未全覆盖");
    assertThat(progress.getTotal().getChecked()).isEqualTo(1);
    assertThat(progress.getTotal().getOverdue()).isEqualTo(1);
    List<UncheckedInstitution> unchecked =
        coverage(countyAdmin).listUncheckedInstitutions(round.getId(), null, 0, 20).getItems();
    assertThat(unchecked).extracting(UncheckedInstitution::getInstitutionId).containsExactly(late);
    assertThat(unchecked.get(0).getOverdue()).isTrue();
    assertThat(unchecked.get(0).getName()).startsWith("晚查医院");
  }

  @Test
  void shouldRefuseBadRoundsWithAProblemDetailAndWriteNothing() {
    awaitInDirectory(institution("990404", "ACTIVE", "庚医院"));
    String name = "无效轮次" + UUID.randomUUID();
    String province = tokens.bearer("province-admin", "990000", "PROVINCE_ADMIN");
    String county = tokens.bearer("county-admin", "990102", "COUNTY_ADMIN");

    ResponseEntity<String> reversed =
        post(province, roundJson(name, "990404", today, today.minusDays(1)));
    assertStatus(reversed, 422);
    assertThat(read(reversed).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/invalid-window");
    ResponseEntity<String> unknown = post(province, roundJson(name, "990199", today, today));
    assertStatus(unknown, 422);
    assertThat(read(unknown).path("violations").get(0).path("field").asText())
        .isEqualTo("regionCode");
    ResponseEntity<String> empty =
        post(province, roundJson(name, "990105", today, today)); // nobody designated there
    assertStatus(empty, 422);
    assertThat(read(empty).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/empty-population");
    ResponseEntity<String> outside = post(county, roundJson(name, "990404", today, today));
    assertStatus(outside, 403);
    assertThat(read(outside).path("type").asText())
        .isEqualTo("https://ybjg.org/problems/outside-region");
    assertStatus(
        post(
            province,
            roundJson(name, "990404", today, today).replace("\"windowFrom\"", "\"from\"")),
        400);
    assertStatus(post(province, roundJson(name, "99020", today, today)), 400);
    assertStatus(
        post(
            tokens.bearer("auditor", "990000", "AUDITOR"), roundJson(name, "990404", today, today)),
        403);
    assertStatus(
        post(
            tokens.bearer("inspector", "990404", "INSPECTOR"),
            roundJson(name, "990404", today, today)),
        403);
    assertStatus(
        client()
            .post()
            .uri("/api/inspection/coverage-rounds")
            .contentType(MediaType.APPLICATION_JSON)
            .body(roundJson(name, "990404", today, today))
            .retrieve()
            .toEntity(String.class),
        401);
    assertStatus(get("/api/inspection/coverage-rounds/no-such-round/progress", province), 404);

    assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), CoverageRounds.COLLECTION))
        .isZero();
  }

  // ---------------------------------------------------------------- helpers

  private String institution(String county, String state, String name) {
    String id = Ids.next();
    InstitutionChanged changed =
        new InstitutionChanged(
            id,
            1,
            "H" + id,
            name + "（演示）" + id,
            "MEDICAL_INSTITUTION",
            "SECONDARY",
            "PUBLIC",
            county,
            List.of(),
            new InstitutionChanged.Agreement(
                state, LocalDate.of(2024, 1, 1), null, null, List.of(), null),
            "A",
            new InstitutionChanged.Change(
                "AGREEMENT_SIGNED", null, Instant.parse("2025-01-02T03:04:05Z")));
    TestInfrastructure.get()
        .kafka()
        .send(
            RegistryTopics.INSTITUTIONS,
            id,
            events.serialize(events.envelope(INSTITUTION_CHANGED, id, changed)));
    return id;
  }

  private void awaitInDirectory(String... ids) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                mongo.count(
                        Query.query(Criteria.where("_id").in((Object[]) ids)),
                        DirectoryEntries.COLLECTION)
                    == ids.length);
  }

  private void recordFinding(String institutionId, LocalDate foundOn) {
    ResponseEntity<String> recorded =
        client()
            .post()
            .uri("/api/inspection/findings")
            .header(
                HttpHeaders.AUTHORIZATION,
                tokens.bearer("province-admin", "990000", "PROVINCE_ADMIN"))
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                "{\"institutionId\":\""
                    + institutionId
                    + "\",\"category\":\"MANAGEMENT\",\"description\":"
                    + "\"现场检查：未按规定公示医保政策。\",\"improperAmount\":\"0.00\",\"foundOn\":\""
                    + foundOn
                    + "\"}")
            .retrieve()
            .toEntity(String.class);
    assertStatus(recorded, 201);
  }

  private static String roundJson(String name, String region, LocalDate from, LocalDate to) {
    return "{\"name\":\""
        + name
        + "\",\"regionCode\":\""
        + region
        + "\",\"windowFrom\":\""
        + from
        + "\",\"windowTo\":\""
        + to
        + "\"}";
  }

  private CoverageApi coverage(String bearer) {
    ApiClient apiClient = new ApiClient();
    apiClient.updateBaseUri("http://localhost:" + port);
    apiClient.setRequestInterceptor(request -> request.header(HttpHeaders.AUTHORIZATION, bearer));
    return new CoverageApi(apiClient);
  }

  private RestClient client() {
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build();
  }

  private ResponseEntity<String> get(String uri, String bearer) {
    return client()
        .get()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .retrieve()
        .toEntity(String.class);
  }

  private ResponseEntity<String> post(String bearer, String body) {
    return client()
        .post()
        .uri("/api/inspection/coverage-rounds")
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
