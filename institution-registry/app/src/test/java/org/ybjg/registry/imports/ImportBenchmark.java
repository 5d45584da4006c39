package org.ybjg.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.registry.institution.Institutions;

/**
 * Benchmark of the bulk import (100k rows in under 20 s): generates a 100k-row CSV over the demo
 * province's counties, POSTs it to the real endpoint as a province administrator, polls the job
 * until it completes and prints rows/s. Then imports 100k fund payments for the same institutions
 * (amounts, ranking, republishing). Against the embedded MongoDB-wire server (memory backend) and
 * the real Kafka broker of {@link TestInfrastructure}. Not part of the normal build (name does not
 * end in Test/IT; also guarded):
 *
 * <pre>
 * ./mvnw -B -q -pl institution-registry/api,institution-registry/app verify -DskipITs \
 *   -Dtest=ImportBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmark {

  private static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);
  private static final List<String> COUNTIES =
      List.of(
          "990102", "990103", "990104", "990105", "990202", "990203", "990204", "990205", "990302",
          "990303", "990304", "990305", "999001");
  private static final String PROVINCE_ADMIN =
      TestInfrastructure.get().tokens().bearer("province-admin", "990000", "PROVINCE_ADMIN");

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-benchmark");
  }

  @LocalServerPort int port;

  @Autowired MongoTemplate mongo;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void import100kInstitutionsThenFundPayments() throws Exception {
    mongo.remove(new Query(), Institutions.COLLECTION);
    StringBuilder csv =
        new StringBuilder("nationalCode,name,type,level,ownership,countyCode,agreementSignedOn\n");
    StringBuilder payments = new StringBuilder("nationalCode,year,amount\n");
    for (int i = 0; i < ROWS; i++) {
      boolean pharmacy = i % 3 == 0;
      csv.append(String.format("B%09d", i))
          .append(',')
          .append(pharmacy ? "基准测试大药房（演示）" : "基准测试医院（演示）")
          .append(i)
          .append(',')
          .append(pharmacy ? "PHARMACY" : "MEDICAL_INSTITUTION")
          .append(',')
          .append(pharmacy ? "ORDINARY_RETAIL" : (i % 2 == 0 ? "PRIMARY" : "SECONDARY"))
          .append(',')
          .append(i % 5 == 0 ? "PUBLIC" : "PRIVATE")
          .append(',')
          .append(COUNTIES.get(i % COUNTIES.size()))
          .append(',')
          .append(i % 4 == 0 ? "" : "2024-01-01")
          .append('\n');
      payments
          .append(String.format("B%09d", i))
          .append(",2024,")
          .append(1000 + (i * 7919L) % 5_000_000)
          .append('.')
          .append(String.format("%02d", i % 100))
          .append('\n');
    }
    System.out.printf(
        "%n[benchmark] CSV of %d institution rows: %.1f MB%n",
        ROWS, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6);

    JsonNode first = timedImport("institutions", csv.toString());
    assertThat(first.get("created").asInt()).isEqualTo(ROWS);
    assertThat(mongo.count(new Query(), Institutions.COLLECTION)).isEqualTo(ROWS);

    JsonNode again = timedImport("institutions", csv.toString());
    assertThat(again.get("unchanged").asInt()).isEqualTo(ROWS);

    JsonNode funds = timedImport("fund-payments", payments.toString());
    assertThat(funds.get("created").asInt()).isEqualTo(ROWS);

    long drainStart = System.nanoTime();
    Query pending = Query.query(Criteria.where("outbox.0").exists(true));
    while (mongo.exists(pending, Institutions.COLLECTION)
        && System.nanoTime() - drainStart < 300e9) {
      Thread.sleep(500);
    }
    System.out.printf(
        "[benchmark] outbox relay drained the events to Kafka %.1f s after the last import%n",
        (System.nanoTime() - drainStart) / 1e9);
  }

  /**
   * CPU time of this whole JVM: steadier than wall time on a shared VM, and what the work costs on
   * 2 cores.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private JsonNode timedImport(String what, String body) throws Exception {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    HttpResponse<String> accepted =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/registry/imports/" + what))
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
      Thread.sleep(100);
      state =
          json.readTree(
              http.send(
                      HttpRequest.newBuilder(job).header("Authorization", PROVINCE_ADMIN).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
    } while (!"COMPLETED".equals(state.get("status").asText())
        && !"FAILED".equals(state.get("status").asText()));
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    System.out.printf(
        "[benchmark] import of %d %s rows: %s in %.2f s = %.0f rows/s (created %d, updated %d, "
            + "unchanged %d, failed %d); %.1f s of CPU in this JVM (registry, store, broker)%n",
        state.get("rowsTotal").asInt(),
        what,
        state.get("status").asText(),
        seconds,
        state.get("rowsTotal").asInt() / seconds,
        state.get("created").asInt(),
        state.get("updated").asInt(),
        state.get("unchanged").asInt(),
        state.get("failed").asInt(),
        cpuSeconds);
    assertThat(state.get("status").asText()).as(state.toString()).isEqualTo("COMPLETED");
    return state;
  }
}
