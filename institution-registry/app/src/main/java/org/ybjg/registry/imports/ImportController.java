package org.ybjg.registry.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.imports.ImportBodies;
import org.ybjg.chassis.imports.ImportErrorHandling;
import org.ybjg.chassis.imports.ImportJobs;
import org.ybjg.chassis.imports.ImportRunner;
import org.ybjg.chassis.imports.RowImporter;
import org.ybjg.chassis.imports.domain.ImportJob;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.ImportsApi;
import org.ybjg.registry.api.model.ImportJobDto;
import org.ybjg.registry.api.model.ImportRowErrorDto;
import org.ybjg.registry.imports.domain.FundPaymentRows;
import org.ybjg.registry.imports.domain.ImportKind;
import org.ybjg.registry.imports.domain.InstitutionRows;

/**
 * Bulk imports (text/csv or JSON array body) accepted as jobs (202 + Location), and the job
 * resource.
 */
@RestController
class ImportController implements ImportsApi, ImportErrorHandling {

  /** Handling agencies' administrators and provincial systems (API clients) import. */
  static final Set<String> IMPORTERS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");

  private final ImportBodies bodies;
  private final ImportRunner runner;
  private final ImportJobs jobs;
  private final ImportInstitutions importInstitutions;
  private final ImportFundPayments importFundPayments;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;
  private final HttpServletRequest request;

  ImportController(
      ImportBodies bodies,
      ImportRunner runner,
      ImportJobs jobs,
      ImportInstitutions importInstitutions,
      ImportFundPayments importFundPayments,
      CurrentCaller currentCaller,
      RegionScope scope,
      HttpServletRequest request) {
    this.bodies = bodies;
    this.runner = runner;
    this.jobs = jobs;
    this.importInstitutions = importInstitutions;
    this.importFundPayments = importFundPayments;
    this.currentCaller = currentCaller;
    this.scope = scope;
    this.request = request;
  }

  @Override
  public ResponseEntity<ImportJobDto> importInstitutions(String body) {
    return start(
        ImportKind.INSTITUTIONS, importInstitutions, body, InstitutionRows.REQUIRED_COLUMNS);
  }

  @Override
  public ResponseEntity<ImportJobDto> importFundPayments(String body) {
    return start(
        ImportKind.FUND_PAYMENTS, importFundPayments, body, FundPaymentRows.REQUIRED_COLUMNS);
  }

  @Override
  public ResponseEntity<ImportJobDto> getImportJob(String jobId) {
    Caller caller = currentCaller.get();
    ImportJob job =
        jobs.find(jobId)
            .filter(found -> scope.regions().isWithin(found.regionCode(), caller.region()))
            .orElseThrow(() -> Refusal.notFound("import job not found"));
    return ResponseEntity.ok(toDto(job));
  }

  private ResponseEntity<ImportJobDto> start(
      ImportKind kind, RowImporter importer, String body, Set<String> requiredColumns) {
    Caller caller = currentCaller.get();
    if (caller.roles().stream().noneMatch(IMPORTERS::contains)) {
      throw new AccessDeniedException("only administrators and API clients import");
    }
    String contentType = request.getContentType();
    List<RawRow> rows =
        bodies.rows(
            body,
            contentType == null ? null : MediaType.parseMediaType(contentType),
            requiredColumns);
    ImportJob job = runner.start(kind.name(), importer, rows, caller);
    return ResponseEntity.accepted()
        .location(URI.create("/api/registry/imports/" + job.id()))
        .body(toDto(job));
  }

  static ImportJobDto toDto(ImportJob job) {
    ImportKind kind = ImportKind.valueOf(job.kind());
    return new ImportJobDto(
            job.id(),
            ImportJobDto.KindEnum.valueOf(kind.name()),
            kind.label(),
            ImportJobDto.StatusEnum.valueOf(job.status().name()),
            job.status().label(),
            job.regionCode(),
            job.createdBy(),
            job.createdAt().atOffset(ZoneOffset.UTC),
            job.rowsTotal(),
            job.rowsDone(),
            job.created(),
            job.updated(),
            job.unchanged(),
            job.failed(),
            job.errorCount(),
            job.errorsTruncated(),
            job.errors().stream()
                .map(e -> new ImportRowErrorDto(e.row(), e.field(), e.reason()))
                .toList())
        .finishedAt(job.finishedAt() == null ? null : job.finishedAt().atOffset(ZoneOffset.UTC))
        .failure(job.failure());
  }
}
