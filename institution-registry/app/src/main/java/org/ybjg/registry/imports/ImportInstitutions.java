package org.ybjg.registry.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.imports.ImportJobs;
import org.ybjg.chassis.imports.RowImporter;
import org.ybjg.chassis.imports.domain.ImportJob;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.RowError;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.imports.domain.InstitutionRecord;
import org.ybjg.registry.imports.domain.InstitutionRows;
import org.ybjg.registry.imports.domain.Validated;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.Registration;

/**
 * Upserts institutions by national code from an import, batch by batch: one query for the batch's
 * existing national codes, one {@code insertMany} for the new ones and one {@code bulkWrite} for
 * the changed ones, each document with its event. A bad row is reported and skipped.
 */
@Component
public class ImportInstitutions implements RowImporter {

  private static final Logger log = LoggerFactory.getLogger(ImportInstitutions.class);

  private final BulkInstitutionStore store;
  private final ImportJobs jobs;
  private final RegionScope scope;
  private final Clock clock;
  private final int batchSize;

  ImportInstitutions(
      BulkInstitutionStore store,
      ImportJobs jobs,
      RegionScope scope,
      Clock clock,
      ImportProperties properties) {
    this.store = store;
    this.jobs = jobs;
    this.scope = scope;
    this.clock = clock;
    this.batchSize = properties.batchSize();
  }

  @Override
  public ImportJob run(ImportJob queued, List<RawRow> rows, Caller caller) {
    ImportJob job = queued.running();
    jobs.save(job);
    CallerRegionRules regions = new CallerRegionRules(scope, caller);
    LocalDate today = LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    Map<String, Integer> firstRowOfCode = new HashMap<>(rows.size() * 2);
    try (WriteBehind<Written> writer = new WriteBehind<>("registry-import-writer")) {
      for (int from = 0; from < rows.size(); from += batchSize) {
        List<RawRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
        job =
            progressed(job, writer.submit(prepare(batch, regions, today, firstRowOfCode, caller)));
      }
      job = progressed(job, writer.drain());
    }
    job = job.completed(Instant.now(clock));
    jobs.save(job);
    log.info(
        "import {} of institutions by {}: {} rows, {} created, {} updated, {} unchanged, {} failed",
        job.id(),
        caller.username(),
        job.rowsTotal(),
        job.created(),
        job.updated(),
        job.unchanged(),
        job.failed());
    return job;
  }

  private ImportJob progressed(ImportJob job, Written written) {
    if (written == null) {
      return job;
    }
    ImportJob next =
        job.withBatch(
            written.rows(),
            written.created(),
            written.updated(),
            written.unchanged(),
            written.failed(),
            written.errors());
    jobs.save(next);
    return next;
  }

  /**
   * Checks a batch's rows and works out what changes (on the import's thread: the rows of the next
   * batch are distinct national codes, so this may run while the previous batch is written);
   * answers the write.
   */
  private Callable<Written> prepare(
      List<RawRow> batch,
      CallerRegionRules regions,
      LocalDate today,
      Map<String, Integer> firstRowOfCode,
      Caller caller) {
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    Map<Integer, List<RowError>> errors = new LinkedHashMap<>();
    Map<String, InstitutionRecord> valid = new LinkedHashMap<>();
    for (RawRow row : batch) {
      Validated<InstitutionRecord> checked = InstitutionRows.validate(row, regions, today);
      if (!checked.ok()) {
        errors.put(row.number(), new ArrayList<>(checked.errors()));
        continue;
      }
      InstitutionRecord record = checked.value();
      Integer first = firstRowOfCode.putIfAbsent(record.nationalCode(), row.number());
      if (first != null) {
        errors.put(
            row.number(),
            new ArrayList<>(
                List.of(
                    new RowError(
                        row.number(),
                        "nationalCode",
                        "国家医保机构编码 " + record.nationalCode() + " 与第 " + first + " 行重复"))));
        continue;
      }
      valid.put(record.nationalCode(), record);
    }
    Map<String, Institution> existing = store.findByNationalCodes(valid.keySet());
    List<Institution> created = new ArrayList<>();
    Map<String, Integer> rowOfCreated = new HashMap<>();
    List<BulkInstitutionStore.Transition> updated = new ArrayList<>();
    Map<String, Integer> rowOfUpdated = new HashMap<>();
    int unchanged = 0;
    for (InstitutionRecord record : valid.values()) {
      Institution before = existing.get(record.nationalCode());
      try {
        if (before == null) {
          created.add(
              Institution.register(
                  Ids.next(),
                  new Registration(
                      record.nationalCode(),
                      record.info().name(),
                      record.info().type(),
                      record.info().level(),
                      record.info().ownership(),
                      record.info().countyCode(),
                      record.info().regionPath(),
                      record.agreementSignedOn(),
                      null),
                  today,
                  at,
                  caller.username()));
          rowOfCreated.put(record.nationalCode(), record.row());
          continue;
        }
        if (!regions.inCallerRegion(before.countyCode())) {
          errors.put(
              record.row(),
              new ArrayList<>(
                  List.of(
                      new RowError(
                          record.row(),
                          "nationalCode",
                          "国家医保机构编码 " + record.nationalCode() + " 属于您辖区以外的机构，不能修改"))));
        } else {
          Institution after = before.updateBasicInfo(record.info(), at, caller.username());
          if (after == before) {
            unchanged++;
          } else {
            updated.add(new BulkInstitutionStore.Transition(before, after));
            rowOfUpdated.put(before.id(), record.row());
          }
        }
      } catch (Refusal violation) {
        errors.put(
            record.row(),
            new ArrayList<>(
                List.of(new RowError(record.row(), violation.field(), violation.getMessage()))));
      }
    }
    int unchangedRows = unchanged;
    return () -> {
      Set<String> clashedCodes = store.insertAll(created);
      for (String code : clashedCodes) {
        int row = rowOfCreated.get(code);
        errors.put(
            row,
            new ArrayList<>(
                List.of(
                    new RowError(row, "nationalCode", "国家医保机构编码 " + code + " 已被同时登记，请重新导入该行"))));
      }
      Set<String> clashedIds = store.updateAll(updated);
      for (String id : clashedIds) {
        int row = rowOfUpdated.get(id);
        errors.put(
            row,
            new ArrayList<>(List.of(new RowError(row, "nationalCode", "该机构在导入期间被他人修改，请重新导入该行"))));
      }
      List<RowError> rowErrors = new ArrayList<>();
      errors.values().forEach(rowErrors::addAll);
      rowErrors.sort(java.util.Comparator.comparingInt(RowError::row));
      return new Written(
          batch.size(),
          created.size() - clashedCodes.size(),
          updated.size() - clashedIds.size(),
          unchangedRows,
          errors.size(),
          rowErrors);
    };
  }

  /** A written batch's counts and row errors. */
  private record Written(
      int rows, int created, int updated, int unchanged, int failed, List<RowError> errors) {}
}
