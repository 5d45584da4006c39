package org.ybjg.chassis.imports.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bulk import and its progress, the same for every service's imports. Immutable: each batch gives
 * the next state. Only the first {@link #MAX_KEPT_ERRORS} row errors are kept; {@code errorCount}
 * counts them all.
 *
 * @param kind what the import brings in, as the service codes it (e.g. {@code INSTITUTIONS}); null
 *     for a service that imports one kind only
 * @param regionCode the importing caller's region: the job is visible inside it only
 */
public record ImportJob(
    String id,
    String kind,
    ImportStatus status,
    String regionCode,
    String createdBy,
    Instant createdAt,
    Instant finishedAt,
    int rowsTotal,
    int rowsDone,
    int created,
    int updated,
    int unchanged,
    int failed,
    int errorCount,
    List<RowError> errors,
    String failure) {

  public static final int MAX_KEPT_ERRORS = 1000;

  public ImportJob {
    Objects.requireNonNull(id, "id");
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ImportJob queued(
      String id, String kind, String regionCode, String createdBy, Instant at, int rowsTotal) {
    return new ImportJob(
        id,
        kind,
        ImportStatus.QUEUED,
        regionCode,
        createdBy,
        at,
        null,
        rowsTotal,
        0,
        0,
        0,
        0,
        0,
        0,
        List.of(),
        null);
  }

  public boolean errorsTruncated() {
    return errorCount > errors.size();
  }

  public ImportJob running() {
    return new ImportJob(
        id,
        kind,
        ImportStatus.RUNNING,
        regionCode,
        createdBy,
        createdAt,
        null,
        rowsTotal,
        rowsDone,
        created,
        updated,
        unchanged,
        failed,
        errorCount,
        errors,
        null);
  }

  /**
   * Adds a processed batch: its row count, outcome counts and row errors ({@code failedRows} rows
   * had errors).
   */
  public ImportJob withBatch(
      int rows,
      int createdRows,
      int updatedRows,
      int unchangedRows,
      int failedRows,
      List<RowError> rowErrors) {
    List<RowError> kept = new ArrayList<>(errors);
    for (RowError error : rowErrors) {
      if (kept.size() >= MAX_KEPT_ERRORS) {
        break;
      }
      kept.add(error);
    }
    return new ImportJob(
        id,
        kind,
        status,
        regionCode,
        createdBy,
        createdAt,
        finishedAt,
        rowsTotal,
        rowsDone + rows,
        created + createdRows,
        updated + updatedRows,
        unchanged + unchangedRows,
        failed + failedRows,
        errorCount + rowErrors.size(),
        kept,
        failure);
  }

  public ImportJob completed(Instant at) {
    return new ImportJob(
        id,
        kind,
        ImportStatus.COMPLETED,
        regionCode,
        createdBy,
        createdAt,
        at,
        rowsTotal,
        rowsDone,
        created,
        updated,
        unchanged,
        failed,
        errorCount,
        errors,
        null);
  }

  public ImportJob failedWith(String reason, Instant at) {
    return new ImportJob(
        id,
        kind,
        ImportStatus.FAILED,
        regionCode,
        createdBy,
        createdAt,
        at,
        rowsTotal,
        rowsDone,
        created,
        updated,
        unchanged,
        failed,
        errorCount,
        errors,
        reason);
  }
}
