package org.ybjg.inspection.roster.imports;

import static org.ybjg.inspection.roster.imports.domain.InspectorRows.Optional.CERTIFICATE_VALID_UNTIL;
import static org.ybjg.inspection.roster.imports.domain.InspectorRows.Optional.EMPLOYER;
import static org.ybjg.inspection.roster.imports.domain.InspectorRows.Optional.SPECIALTIES;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.roster.domain.Inspector;
import org.ybjg.inspection.roster.domain.RegisterInspectorCommand;
import org.ybjg.inspection.roster.imports.domain.InspectorRows;
import org.ybjg.inspection.roster.imports.domain.RosterKey;

/**
 * Upserts the roster from an import, row by row (a roster has thousands of people, not millions):
 * each row is read into the command of a single registration and put through {@link
 * Inspector#register} — the same rules as {@code POST /api/inspection/inspectors} — then matched by
 * its {@link RosterKey} and inserted, updated or left unchanged in one write. A bad row is reported
 * and skipped; the job's progress is saved every {@value #PROGRESS_EVERY} rows.
 */
@Component
class ImportInspectors implements RowImporter {

  static final int PROGRESS_EVERY = 200;
  private static final Logger log = LoggerFactory.getLogger(ImportInspectors.class);

  private final RosterEntries roster;
  private final ImportJobs jobs;
  private final RegionScope scope;
  private final Clock clock;

  ImportInspectors(RosterEntries roster, ImportJobs jobs, RegionScope scope, Clock clock) {
    this.roster = roster;
    this.jobs = jobs;
    this.scope = scope;
    this.clock = clock;
  }

  @Override
  public ImportJob run(ImportJob queued, List<RawRow> rows, Caller caller) {
    ImportJob job = queued.running();
    jobs.save(job);
    LocalDate today = LegalCalendar.today(clock);
    Map<RosterKey, Integer> firstRowOfKey = new HashMap<>();
    Map<RosterKey, List<Inspector>> roster = this.roster.byKey();
    Tally tally = new Tally();
    for (RawRow row : rows) {
      try {
        tally.add(one(row, caller, today, firstRowOfKey, roster));
      } catch (RowFailed failed) {
        tally.fail(failed.error);
      }
      if (tally.rows == PROGRESS_EVERY) {
        job = tally.drainInto(job);
        jobs.save(job);
      }
    }
    job = tally.drainInto(job).completed(Instant.now(clock));
    jobs.save(job);
    log.info(
        "roster import {} by {}: {} rows, {} created, {} updated, {} unchanged, {} failed",
        job.id(),
        caller.username(),
        job.rowsTotal(),
        job.created(),
        job.updated(),
        job.unchanged(),
        job.failed());
    return job;
  }

  /**
   * @param known the roster as read when the job started, by key; rows of this job are never
   *     matched against each other (a repeated key is an error), so it needs no update as the job
   *     writes
   */
  private Outcome one(
      RawRow row,
      Caller caller,
      LocalDate today,
      Map<RosterKey, Integer> firstRowOfKey,
      Map<RosterKey, List<Inspector>> known) {
    InspectorRows.Validated read = InspectorRows.read(row);
    if (!read.ok()) {
      throw new RowFailed(read.errors());
    }
    RegisterInspectorCommand command = read.command();
    String county = command.homeCountyCode();
    if (!scope.regions().isCounty(county)) {
      throw new RowFailed(row, "homeCountyCode", county + " 不是区划表中的县级区划");
    }
    if (!scope.covers(caller, county)) {
      throw new RowFailed(row, "homeCountyCode", county + " 不在您的辖区 " + caller.region() + " 内");
    }
    Inspector imported;
    try {
      imported =
          Inspector.register(
              Ids.next(), command, scope.pathOf(county), caller.username(), clock.instant(), today);
    } catch (Refusal violation) {
      throw new RowFailed(row, violation.field(), violation.getMessage());
    }
    RosterKey key =
        RosterKey.of(
            imported.certificateNumber(),
            imported.name(),
            imported.employer(),
            imported.homeCountyCode());
    Integer first = firstRowOfKey.putIfAbsent(key, row.number());
    if (first != null) {
      throw new RowFailed(
          row,
          key.byCertificate() ? "certificateNumber" : "name",
          key.describe() + " 与第 " + first + " 行重复");
    }
    List<Inspector> matches = known.getOrDefault(key, List.of());
    if (matches.size() > 1) {
      throw new RowFailed(row, "name", key.describe() + " 对应名录库中多条记录，无法确定更新哪一条");
    }
    if (matches.isEmpty()) {
      try {
        roster.insert(imported);
        return Outcome.CREATED;
      } catch (DuplicateKeyException e) {
        throw new RowFailed(row, "certificateNumber", key.describe() + " 已被同时登记，请重新导入该行");
      }
    }
    Inspector existing = matches.get(0);
    if (!existing.regionPath().contains(caller.region())) {
      throw new RowFailed(
          row,
          key.byCertificate() ? "certificateNumber" : "name",
          key.describe() + " 属于您辖区以外的人员，不能修改");
    }
    if (sameImportedFields(existing, imported, read)) {
      return Outcome.UNCHANGED;
    }
    if (!roster.update(existing, imported, read)) {
      throw new RowFailed(row, "name", "该人员在导入期间被他人修改，请重新导入该行");
    }
    return Outcome.UPDATED;
  }

  /** Whether the row would change nothing: optional fields it does not carry are not compared. */
  static boolean sameImportedFields(
      Inspector existing, Inspector imported, InspectorRows.Validated row) {
    return Objects.equals(existing.name(), imported.name())
        && existing.role() == imported.role()
        && Objects.equals(existing.certificateNumber(), imported.certificateNumber())
        && Objects.equals(existing.homeCountyCode(), imported.homeCountyCode())
        && (!row.carries(CERTIFICATE_VALID_UNTIL)
            || Objects.equals(existing.certificateValidUntil(), imported.certificateValidUntil()))
        && (!row.carries(EMPLOYER) || Objects.equals(existing.employer(), imported.employer()))
        && (!row.carries(SPECIALTIES)
            || Objects.equals(existing.specialties(), imported.specialties()));
  }

  private enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A row that cannot be stored, with its errors. */
  private static final class RowFailed extends RuntimeException {
    final List<RowError> error;

    RowFailed(List<RowError> errors) {
      super(null, null, false, false);
      this.error = errors;
    }

    RowFailed(RawRow row, String field, String reason) {
      this(List.of(new RowError(row.number(), field, reason)));
    }
  }

  /** Outcomes since the job was last saved. */
  private static final class Tally {
    int rows;
    int created;
    int updated;
    int unchanged;
    int failed;
    final List<RowError> errors = new ArrayList<>();

    void add(Outcome outcome) {
      rows++;
      switch (outcome) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }

    void fail(List<RowError> rowErrors) {
      rows++;
      failed++;
      errors.addAll(rowErrors);
    }

    ImportJob drainInto(ImportJob job) {
      ImportJob next = job.withBatch(rows, created, updated, unchanged, failed, errors);
      rows = created = updated = unchanged = failed = 0;
      errors.clear();
      return next;
    }
  }
}
