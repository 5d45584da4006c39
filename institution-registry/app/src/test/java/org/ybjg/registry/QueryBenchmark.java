package org.ybjg.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.chassis.testing.TestInfrastructure;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.FundPayment;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;
import org.ybjg.registry.institution.domain.Registration;

/**
 * Latency of the institution list per sort order and filter over N institutions (default 20k) in
 * the embedded MongoDB-wire server (memory backend), through HTTP: median of 7 requests each, page
 * size 20. Not part of the normal build (name does not end in Test/IT; also guarded):
 *
 * <pre>
 * ./mvnw -B -q -o -pl institution-registry/api,institution-registry/app verify -DskipITs \
 *   -Dtest=QueryBenchmark -Dbenchmark=true -Dbenchmark.rows=20000 -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class QueryBenchmark {

  private static final int ROWS = Integer.getInteger("benchmark.rows", 20_000);
  private static final List<String> COUNTIES =
      List.of(
          "990102", "990103", "990104", "990105", "990202", "990203", "990204", "990205", "990302",
          "990303", "990304", "990305", "999001");
  private static final String PROVINCE_ADMIN =
      TestInfrastructure.get().tokens().bearer("province-admin", "990000", "PROVINCE_ADMIN");

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "registry-query-benchmark");
  }

  @LocalServerPort int port;

  @Autowired MongoTemplate mongo;

  @Autowired RegionTable regions;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void listLatencyPerSortAndFilter() throws Exception {
    mongo.remove(new Query(), Institutions.COLLECTION);
    List<Institution> batch = new ArrayList<>();
    Instant at = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < ROWS; i++) {
      String county = COUNTIES.get(i % COUNTIES.size());
      Institution registered =
          Institution.register(
                  String.format("Q%09d", i),
                  new Registration(
                      String.format("Q%09d", i),
                      "查询基准医院（演示）" + i,
                      InstitutionType.MEDICAL_INSTITUTION,
                      i % 2 == 0 ? InstitutionLevel.PRIMARY : InstitutionLevel.SECONDARY,
                      Ownership.PUBLIC,
                      county,
                      regions.pathOf(county),
                      LocalDate.of(2024, 1, 1),
                      null),
                  LocalDate.of(2025, 1, 1),
                  at.plusSeconds(i),
                  "benchmark")
              .recordFundPayment(
                  new FundPayment(2024, new BigDecimal(1000 + (i * 7919L) % 5_000_000), 1, 1, 1),
                  at.plusSeconds(i),
                  "benchmark");
      String grade = String.valueOf("ABCDE".charAt(i % 5));
      batch.add(
          new Institution(
              registered.id(),
              registered.version(),
              registered.nationalCode(),
              registered.name(),
              registered.type(),
              registered.level(),
              registered.ownership(),
              registered.countyCode(),
              registered.regionPath(),
              registered.agreement(),
              grade,
              null,
              registered.history(),
              registered.fundPayment(),
              registered.creditRecords(),
              registered.departments(),
              registered.updatedAt()));
      if (batch.size() == 2000) {
        mongo.insert(batch, Institutions.COLLECTION);
        batch.clear();
      }
    }
    mongo.insert(batch, Institutions.COLLECTION);
    System.out.printf("%n[benchmark] %d institutions stored%n", ROWS);

    for (String query :
        List.of(
            "",
            "sort=NATIONAL_CODE",
            "sort=FUND_PAYMENT",
            "sort=CREDIT_GRADE",
            "sort=UPDATED",
            "regionCode=990100&sort=FUND_PAYMENT",
            "regionCode=990102&sort=NAME",
            "creditGrade=A&sort=FUND_PAYMENT",
            "regionCode=990100&creditGrade=C&sort=UPDATED&page=10")) {
      long[] millis = new long[7];
      for (int run = 0; run < millis.length; run++) {
        long start = System.nanoTime();
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/api/registry/institutions?size=20&"
                                + query))
                    .header("Authorization", PROVINCE_ADMIN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        millis[run] = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      }
      Arrays.sort(millis);
      System.out.printf(
          "[benchmark] GET /api/registry/institutions?size=20&%s over %d: median %d ms (min %d, max %d)%n",
          query, ROWS, millis[3], millis[0], millis[6]);
    }
  }
}
