package org.ybjg.inspection.coverage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.inspection.coverage.domain.CoverageProgress;
import org.ybjg.inspection.coverage.domain.CoverageRound;
import org.ybjg.inspection.coverage.domain.RoundMember;
import org.ybjg.inspection.finding.Findings;
import org.ybjg.local.embedded.EmbeddedMongo;

/**
 * Main-method benchmark of the coverage dashboard (not part of the build's tests): a round of n
 * institutions in 20 counties, 60 % of them with a finding inside the window, on the in-memory
 * MongoDB-wire server the tests use. Measures the "checked" query ({@link FindingsChecked}: the
 * region's findings in the window) and the per-county progress. Run after {@code verify} or {@code
 * test-compile}: {@code java -cp "$(cat
 * cp.txt):inspection-service/app/target/classes:inspection-service/app/target/test-classes"
 * org.ybjg.inspection.coverage.CoverageBenchmark 10000 100000} (cp.txt from {@code
 * dependency:build-classpath}).
 */
public final class CoverageBenchmark {

  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {10_000, 100_000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    LocalDate from = LocalDate.of(2025, 5, 1);
    LocalDate to = LocalDate.of(2025, 9, 30);
    try (EmbeddedMongo server = EmbeddedMongo.inMemory(0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      for (int n : sizes) {
        MongoTemplate mongo = new MongoTemplate(client, "bench" + n);
        Object foundOn = mongo.getConverter().convertToMongoType(LocalDate.of(2025, 7, 1));
        List<RoundMember> members = new ArrayList<>(n);
        List<Document> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String id = String.format("I%09d", i);
          members.add(new RoundMember(id, "机构" + i, String.valueOf(990102 + (i % 20))));
          if (i % 5 < 3) {
            findings.add(
                new Document("institutionId", id)
                    .append("regionPath", List.of(members.get(i).countyCode(), "990100", "990000"))
                    .append("foundOn", foundOn));
          }
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < findings.size(); i += 5000) {
          mongo
              .getCollection(Findings.COLLECTION)
              .insertMany(findings.subList(i, Math.min(findings.size(), i + 5000)));
        }
        long insert = System.nanoTime() - t0;
        CoverageRound round =
            CoverageRound.open(
                "r", "bench", "990100", List.of("990100"), from, to, members, "b", Instant.now());
        FindingsChecked checked =
            new FindingsChecked(new Findings(mongo, new AggregateStore(mongo, null)));
        long bestQuery = Long.MAX_VALUE;
        long bestProgress = Long.MAX_VALUE;
        Set<String> ids = Set.of();
        for (int run = 0; run < 3; run++) {
          long t = System.nanoTime();
          ids =
              checked.checkedAmong(
                  "990100", new java.util.HashSet<>(round.institutionIds()), from, to);
          bestQuery = Math.min(bestQuery, System.nanoTime() - t);
          t = System.nanoTime();
          CoverageProgress.of(round, LocalDate.of(2025, 8, 1), c -> true, c -> c, ids);
          bestProgress = Math.min(bestProgress, System.nanoTime() - t);
        }
        System.out.printf(
            "coverage n=%,d: %,d checked; findings insert %.0f ms; checked query best %.0f ms; "
                + "progress best %.1f ms%n",
            n, ids.size(), insert / 1e6, bestQuery / 1e6, bestProgress / 1e6);
      }
    }
  }
}
