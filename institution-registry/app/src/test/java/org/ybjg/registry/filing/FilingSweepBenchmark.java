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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.registry.institution.Institutions;

/**
 * Benchmark of the annual filing sweep at province scale: imports N institutions (default 100k,
 * three in four under an agreement) through the import endpoint, then times the sweep of a year
 * whose deadline has passed (open every obligation and flag it MISSING), a second sweep (nothing to
 * do), and the province's termination-eligible list. Not part of the normal build (name does not
 * end in Test/IT; also guarded):
 *
 * <pre>
 * ./mvnw -B -q -o -pl institution-registry/api,institution-registry/app verify -DskipITs \
 *   -Dtest=FilingSweepBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FilingSweepBenchmark {

  private static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);
  private static final List<String> COUNTIES =
      List.of(
          "990102", "990103", "990104", "990105", "990202", "990203", "990204", "990205", "990302",
          "990303", "990304", "990305", "999001");
  private static final String PROVINCE_ADMIN =
      TestInfrastructure.get().tokens().bearer("province-admin", "990000", "PROVINCE_ADMIN");

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-filing-benchmark");
    registry.add("spring.kafka.listener.auto-startup", () -> "false");
  }

  @LocalServerPort int port;

  @Autowired MongoTemplate mongo;

  @Autowired OpenAnnualFilings sweep;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void sweepAProvinceOfInstitutions() throws Exception {
    mongo.remove(new Query(), Institutions.COLLECTION);
    mongo.remove(new Query(), Filings.COLLECTION);
    StringBuilder csv =
        new StringBuilder("nationalCode,name,type,level,ownership,countyCode,agreementSignedOn\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append(String.format("F%09d", i))
          .append(",备案基准测试医院（演示）")
          .append(i)
          .append(",MEDICAL_INSTITUTION,PRIMARY,PRIVATE,")
          .append(COUNTIES.get(i % COUNTIES.size()))
          .append(',')
          .append(i % 4 == 0 ? "" : "2020-01-01")
          .append('\n');
    }
    importInstitutions(csv.toString());
    int designated = ROWS - (ROWS + 3) / 4;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    int year = today.getYear() - 2;

    long start = System.nanoTime();
    OpenAnnualFilings.Result first = sweep.run(year, today);
    double firstSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%n[benchmark] filing sweep over %d institutions: %d opened, %d flagged missing in %.2f s%n",
        ROWS, first.opened(), first.flagged(), firstSeconds);
    assertThat(first.opened()).isEqualTo(designated);
    assertThat(first.flagged()).isEqualTo(designated);

    start = System.nanoTime();
    OpenAnnualFilings.Result second = sweep.run(year, today);
    System.out.printf(
        "[benchmark] second sweep: %d opened, %d flagged in %.2f s%n",
        second.opened(), second.flagged(), (System.nanoTime() - start) / 1e9);
    assertThat(second.opened()).isZero();

    start = System.nanoTime();
    HttpResponse<String> eligible =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/api/registry/filings/termination-eligible?year="
                            + year
                            + "&size=200"))
                .header("Authorization", PROVINCE_ADMIN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    System.out.printf(
        "[benchmark] province termination-eligible list (first page of %s) in %.2f s%n",
        json.readTree(eligible.body()).path("total").asText(), (System.nanoTime() - start) / 1e9);
    assertThat(json.readTree(eligible.body()).path("total").asLong()).isEqualTo(designated);
  }

  private void importInstitutions(String body) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> accepted =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/registry/imports/institutions"))
                .header("Authorization", PROVINCE_ADMIN)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    URI job =
        URI.create(
            "http://localhost:" + port + accepted.headers().firstValue("Location").orElseThrow());
    JsonNode state;
    do {
      Thread.sleep(200);
      state =
          json.readTree(
              http.send(
                      HttpRequest.newBuilder(job).header("Authorization", PROVINCE_ADMIN).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
    } while (!"COMPLETED".equals(state.get("status").asText())
        && !"FAILED".equals(state.get("status").asText()));
    System.out.printf(
        "%n[benchmark] imported %d institutions in %.1f s%n",
        state.get("created").asInt(), (System.nanoTime() - start) / 1e9);
    assertThat(state.get("created").asInt()).isEqualTo(ROWS);
  }
}
