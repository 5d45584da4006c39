package org.ybjg.inspection.roster.imports;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.imports.ImportJobs;
import org.ybjg.chassis.imports.domain.ImportJob;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.roster.Inspectors;
import org.ybjg.local.embedded.EmbeddedMongo;
import tools.jackson.databind.json.JsonMapper;

/**
 * Main-method benchmark of the roster import core on the in-memory MongoDB-wire server (not part of
 * the build's tests): n rows, half officers keyed by certificate, half experts keyed by name and
 * employer; first import (all created), then the same file again (all unchanged). Run like {@code
 * CoverageBenchmark}: {@code java -cp ... org.ybjg.inspection.roster.imports.RosterImportBenchmark
 * 1000 5000}.
 */
public final class RosterImportBenchmark {

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {1000, 5000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    RegionTable regions;
    try (InputStream csv = RegionTable.class.getResourceAsStream("/regions/regions.csv")) {
      regions = RegionTable.fromCsv(csv);
    }
    RegionScope scope = new RegionScope(regions);
    List<String> counties =
        List.of("990102", "990103", "990104", "990105", "990202", "990203", "990302", "999001");
    Caller caller = new Caller("province-admin", "省管理员", "990000", Set.of("PROVINCE_ADMIN"));
    Clock clock = Clock.systemUTC();
    try (EmbeddedMongo server = EmbeddedMongo.inMemory(0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      for (int n : sizes) {
        MongoTemplate mongo = new MongoTemplate(client, "rosterbench" + n);
        mongo
            .indexOps(Inspectors.COLLECTION)
            .createIndex(new Index().on("certificateNumber", Sort.Direction.ASC).unique().sparse());
        ImportJobs jobs = new ImportJobs(mongo);
        jobs.afterPropertiesSet();
        AggregateStore store =
            new AggregateStore(mongo, new Events(JsonMapper.builder().build(), "/bench", clock));
        ImportInspectors importer =
            new ImportInspectors(new RosterEntries(mongo, store), jobs, scope, clock);
        List<RawRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          String county = counties.get(i % counties.size());
          rows.add(
              i % 2 == 0
                  ? new RawRow(
                      i + 1,
                      Map.of(
                          "name",
                          "执法人员" + i,
                          "role",
                          "LAW_ENFORCEMENT_OFFICER",
                          "certificateNumber",
                          String.format("C%08d", i),
                          "certificateValidUntil",
                          "2030-12-31",
                          "homeCountyCode",
                          county,
                          "employer",
                          "医疗保障局（演示）" + county,
                          "specialties",
                          "FINANCE"))
                  : new RawRow(
                      i + 1,
                      Map.of(
                          "name",
                          "专家" + i,
                          "role",
                          "MEDICAL_EXPERT",
                          "homeCountyCode",
                          county,
                          "employer",
                          "人民医院（演示）" + county,
                          "specialties",
                          "MEDICAL;DRUG")));
        }
        for (String pass : List.of("first (created)", "again (unchanged)")) {
          long t = System.nanoTime();
          ImportJob job =
              importer.run(
                  ImportJob.queued(
                      "job-" + n + pass.length(),
                      null,
                      "990000",
                      "province-admin",
                      Instant.now(),
                      n),
                  rows,
                  caller);
          System.out.printf(
              "roster import n=%,d %s: %.0f ms (%d created, %d updated, %d unchanged, %d failed)%n",
              n,
              pass,
              (System.nanoTime() - t) / 1e6,
              job.created(),
              job.updated(),
              job.unchanged(),
              job.failed());
        }
      }
    }
  }
}
