package org.ybjg.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.chassis.testing.TestTokens;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.registry.events.InstitutionChanged;
import org.ybjg.registry.events.RegistryTopics;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Bulk imports through the HTTP API: mixed good and bad rows, idempotent re-import, fund payments
 * with their ranks and "top N" (point 5), the institution history (point 10), and the refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportIT {

  private static final TestTokens TOKENS = TestInfrastructure.get().tokens();
  private static final String CITY_ADMIN = TOKENS.bearer("city-admin", "990100", "CITY_ADMIN");
  private static final String COUNTY_ADMIN =
      TOKENS.bearer("county-admin", "990102", "COUNTY_ADMIN");
  private static final String OTHER_COUNTY_ADMIN =
      TOKENS.bearer("other-county-admin", "990103", "COUNTY_ADMIN");
  private static final String AUDITOR = TOKENS.bearer("auditor", "990000", "AUDITOR");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration EVENTUALLY = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-import-it");
  }

  @LocalServerPort int port;

  @Autowired MongoTemplate mongo;

  private final KafkaProbe kafka = TestInfrastructure.get().kafka();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldStoreGoodRowsAndReportEachBadRowByNumberAndFieldThenChangeNothingOnReimport()
      throws Exception {
    String prefix = uniquePrefix();
    String csv =
        """
        nationalCode,name,type,level,ownership,countyCode,agreementSignedOn
        %1$s01,导入测试一院（演示）,MEDICAL_INSTITUTION,TERTIARY,PUBLIC,990102,2024-01-01
        %1$s02,导入测试二院（演示）,MEDICAL_INSTITUTION,SECONDARY,PRIVATE,990102,
        %1$s03,导入测试药房（演示）,PHARMACY,ORDINARY_RETAIL,PRIVATE,990102,2024-03-01
        %1$s04,层级不对（演示）,PHARMACY,TERTIARY,PRIVATE,990102,
        %1$s05,县不存在（演示）,MEDICAL_INSTITUTION,PRIMARY,PUBLIC,990199,
        %1$s01,重复编码（演示）,MEDICAL_INSTITUTION,PRIMARY,PUBLIC,990102,
        %1$s07,邻县机构（演示）,MEDICAL_INSTITUTION,PRIMARY,PUBLIC,990103,
        """
            .formatted(prefix);

    String correlationId = "import-it-" + prefix;
    JsonNode job =
        awaitDone(
            http.send(
                HttpRequest.newBuilder(uri("/api/registry/imports/institutions"))
                    .header("Authorization", COUNTY_ADMIN)
                    .header("Content-Type", "text/csv")
                    .header(CorrelationId.HEADER, correlationId)
                    .POST(HttpRequest.BodyPublishers.ofString(csv))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
    assertThat(job.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(job.path("rowsTotal").asInt()).isEqualTo(7);
    assertThat(job.path("rowsDone").asInt()).isEqualTo(7);
    assertThat(job.path("created").asInt()).isEqualTo(3);
    assertThat(job.path("failed").asInt()).isEqualTo(4);
    List<String> errors =
        items(job.path("errors"))
            .map(e -> e.path("row").asInt() + ":" + e.path("field").asText())
            .toList();
    // data rows are numbered from 1, the header not counted (as the contract says)
    assertThat(errors).containsExactly("4:level", "5:countyCode", "6:nationalCode", "7:countyCode");
    assertThat(storedWithPrefix(prefix)).isEqualTo(3);

    String id = idOf(prefix + "01");
    ConsumerRecord<String, String> registered =
        kafka
            .readContaining(
                RegistryTopics.INSTITUTIONS, "\"institutionId\":\"" + id + "\"", 1, EVENTUALLY)
            .get(0);
    EventSchemaAssert.assertConforms(registered.value(), InstitutionChanged.TYPE);
    assertThat(registered.key()).isEqualTo(id);
    // written on the import's writer thread, the event still carries the request's correlation id
    assertThat(JSON.readTree(registered.value()).path("correlationid").asText())
        .isEqualTo(correlationId);

    JsonNode again =
        awaitDone(post("/api/registry/imports/institutions", "text/csv", csv, COUNTY_ADMIN));
    assertThat(again.path("created").asInt()).isZero();
    assertThat(again.path("unchanged").asInt()).isEqualTo(3);
    assertThat(storedWithPrefix(prefix)).isEqualTo(3);
  }

  @Test
  void shouldUpdateByNationalCodeFromJsonAndRankFundPaymentsWithinCountyCityAndProvince()
      throws Exception {
    String prefix = uniquePrefix();
    String institutions =
        """
        [{"nationalCode":"%1$sA","name":"排名甲院（演示）","type":"MEDICAL_INSTITUTION","level":"TERTIARY",
          "ownership":"PUBLIC","countyCode":"990102","agreementSignedOn":"2024-01-01"},
         {"nationalCode":"%1$sB","name":"排名乙院（演示）","type":"MEDICAL_INSTITUTION","level":"SECONDARY",
          "ownership":"PUBLIC","countyCode":"990102","agreementSignedOn":"2024-01-01"},
         {"nationalCode":"%1$sC","name":"排名丙院（演示）","type":"MEDICAL_INSTITUTION","level":"PRIMARY",
          "ownership":"PUBLIC","countyCode":"990103","agreementSignedOn":"2024-01-01"}]
        """
            .formatted(prefix);
    assertThat(
            awaitDone(
                    post(
                        "/api/registry/imports/institutions",
                        "application/json",
                        institutions,
                        CITY_ADMIN))
                .path("created")
                .asInt())
        .isEqualTo(3);
    String renamed = institutions.replace("排名乙院（演示）", "排名乙院新名（演示）");
    JsonNode update =
        awaitDone(
            post("/api/registry/imports/institutions", "application/json", renamed, CITY_ADMIN));
    assertThat(update.path("updated").asInt()).isEqualTo(1);
    assertThat(update.path("unchanged").asInt()).isEqualTo(2);

    int year = 2025;
    String payments =
        """
        nationalCode,year,amount
        %1$sA,%2$d,900000000.00
        %1$sB,%2$d,950000000.50
        %1$sC,%2$d,990000000.00
        %1$sA,%2$d,-1.00
        %1$sB,%2$d,12.345
        """
            .formatted(prefix, year);
    JsonNode paid =
        awaitDone(post("/api/registry/imports/fund-payments", "text/csv", payments, CITY_ADMIN));
    assertThat(paid.path("created").asInt()).isEqualTo(3);
    assertThat(paid.path("failed").asInt()).isEqualTo(2);
    assertThat(
            items(paid.path("errors"))
                .map(e -> e.path("row").asInt() + ":" + e.path("field").asText()))
        .containsExactly("4:amount", "5:amount");

    // the top of the city: C (990103) first, B, then A; within 990102 B ranks 1 and A 2
    JsonNode top =
        getJson(
            "/api/registry/fund-payments/top?regionCode=990100&year=" + year + "&n=3", CITY_ADMIN);
    assertThat(items(top.path("items")).map(i -> i.path("nationalCode").asText()).toList())
        .containsExactly(prefix + "C", prefix + "B", prefix + "A");
    JsonNode hospitalA = getJson("/api/registry/institutions/" + idOf(prefix + "A"), CITY_ADMIN);
    assertThat(hospitalA.path("fundPayment").path("amount").asText()).isEqualTo("900000000.00");
    assertThat(hospitalA.path("fundPayment").path("countyRank").asInt()).isEqualTo(2);
    assertThat(hospitalA.path("fundPayment").path("cityRank").asInt()).isEqualTo(3);

    // the ranks travel in the institution's events for sampling
    String idB = idOf(prefix + "B");
    await()
        .atMost(EVENTUALLY)
        .untilAsserted(
            () ->
                assertThat(
                        kafka.readContaining(
                            RegistryTopics.INSTITUTIONS,
                            "\"institutionId\":\"" + idB + "\"",
                            1,
                            Duration.ofSeconds(2)))
                    .anySatisfy(
                        record -> {
                          EventSchemaAssert.assertConforms(record.value(), InstitutionChanged.TYPE);
                          JsonNode fundPayment =
                              JSON.readTree(record.value()).path("data").path("fundPayment");
                          assertThat(fundPayment.path("amount").asText()).isEqualTo("950000000.50");
                          assertThat(fundPayment.path("countyRank").asInt()).isEqualTo(1);
                        }));

    // A overtakes B: A is republished for its amount, B only because its ranks moved (an unchanged
    // row for C)
    JsonNode overtaken =
        awaitDone(
            post(
                "/api/registry/imports/fund-payments",
                "text/csv",
                """
        nationalCode,year,amount
        %1$sA,%2$d,960000000.00
        %1$sC,%2$d,990000000.00
        """
                    .formatted(prefix, year),
                CITY_ADMIN));
    assertThat(overtaken.path("updated").asInt()).isEqualTo(1);
    assertThat(overtaken.path("unchanged").asInt()).isEqualTo(1);
    JsonNode hospitalB = getJson("/api/registry/institutions/" + idB, CITY_ADMIN);
    assertThat(hospitalB.path("fundPayment").path("amount").asText()).isEqualTo("950000000.50");
    assertThat(hospitalB.path("fundPayment").path("countyRank").asInt()).isEqualTo(2);
    assertThat(
            getJson("/api/registry/institutions/" + idOf(prefix + "A"), CITY_ADMIN)
                .path("fundPayment")
                .path("countyRank")
                .asInt())
        .isEqualTo(1);

    // an earlier year recorded afterwards ranks within its year, but the latest payment stays the
    // newer one
    JsonNode earlier =
        awaitDone(
            post(
                "/api/registry/imports/fund-payments",
                "text/csv",
                """
        nationalCode,year,amount
        %1$sB,%2$d,100.00
        """
                    .formatted(prefix, year - 1),
                CITY_ADMIN));
    assertThat(earlier.path("created").asInt()).isEqualTo(1);
    JsonNode stillLatest =
        getJson("/api/registry/institutions/" + idB, CITY_ADMIN).path("fundPayment");
    assertThat(stillLatest.path("year").asInt()).isEqualTo(year);
    assertThat(stillLatest.path("amount").asText()).isEqualTo("950000000.50");

    // the history shows registration, the rename and each recorded payment or rank change, oldest
    // first
    JsonNode history = getJson("/api/registry/institutions/" + idB + "/history", CITY_ADMIN);
    List<String> at = items(history.path("items")).map(i -> i.path("at").asText()).toList();
    assertThat(at).isSortedAccordingTo(String::compareTo);
    assertThat(items(history.path("items")).map(i -> i.path("kind").asText()).toList())
        .containsSubsequence(
            "REGISTERED", "BASIC_INFO_UPDATED", "FUND_PAYMENT_RECORDED", "FUND_PAYMENT_RECORDED")
        .filteredOn("FUND_PAYMENT_RECORDED"::equals)
        .hasSize(2);
    // written property by property, the document is what writing the whole institution would store
    Document stored = mongo.findById(idB, Document.class, Institutions.COLLECTION);
    stored.keySet().removeAll(List.of("outbox", "processedEvents", "_class"));
    Document whole = new Document();
    mongo.getConverter().write(mongo.getConverter().read(Institution.class, stored), whole);
    whole.remove("_class");
    var codec =
        mongo.getDb().getCodecRegistry().get(Document.class); // as stored: LocalDate → date etc.
    assertThat(Document.parse(stored.toJson(codec))).isEqualTo(Document.parse(whole.toJson(codec)));
    assertThat(
            get("/api/registry/institutions/" + idOf(prefix + "C") + "/history", COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void shouldRefuseWrongContentTypeEmptyBodyAuditorsAndForeignJobs() throws Exception {
    assertThat(
            post("/api/registry/imports/institutions", "text/plain", "x", COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(415);
    HttpResponse<String> empty =
        post("/api/registry/imports/institutions", "text/csv", "", COUNTY_ADMIN);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(
            post(
                    "/api/registry/imports/institutions",
                    "text/csv",
                    "nationalCode,name\n",
                    COUNTY_ADMIN)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            post("/api/registry/imports/institutions", "text/csv", "a,b\n1,2\n", AUDITOR)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/api/registry/imports/institutions"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("a\n"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(401);

    HttpResponse<String> accepted =
        post(
            "/api/registry/imports/institutions",
            "text/csv",
            "nationalCode,name,type,level,ownership,countyCode\n"
                + uniquePrefix()
                + ",单行导入（演示）,MEDICAL_INSTITUTION,PRIMARY,PUBLIC,990102\n",
            COUNTY_ADMIN);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    assertThat(get(location, COUNTY_ADMIN).statusCode()).isEqualTo(200);
    assertThat(get(location, OTHER_COUNTY_ADMIN).statusCode()).isEqualTo(404);
  }

  private static Stream<JsonNode> items(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private JsonNode awaitDone(HttpResponse<String> accepted) throws Exception {
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String jobId = JSON.readTree(accepted.body()).path("id").asText();
    return await()
        .atMost(EVENTUALLY)
        .until(
            () -> getJson("/api/registry/imports/" + jobId, CITY_ADMIN),
            job -> !List.of("QUEUED", "RUNNING").contains(job.path("status").asText()));
  }

  private long storedWithPrefix(String prefix) {
    return mongo.count(
        Query.query(Criteria.where("nationalCode").regex("^" + prefix)), Institutions.COLLECTION);
  }

  private String idOf(String nationalCode) {
    return mongo
        .findOne(
            Query.query(Criteria.where("nationalCode").is(nationalCode)),
            org.bson.Document.class,
            Institutions.COLLECTION)
        .getString("_id");
  }

  private static String uniquePrefix() {
    return "IMP" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  private HttpResponse<String> post(String path, String contentType, String body, String bearer)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", bearer)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", bearer).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String path, String bearer) throws Exception {
    HttpResponse<String> response = get(path, bearer);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
