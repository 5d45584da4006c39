package org.ybjg.registry.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.imports.ImportBodies;
import org.ybjg.chassis.imports.ImportProblems;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.UnreadableImport;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.ImportsApi;
import org.ybjg.registry.api.model.ImportJobDto;
import org.ybjg.registry.api.model.ImportRowErrorDto;
import org.ybjg.registry.imports.domain.FundPaymentRows;
import org.ybjg.registry.imports.domain.ImportJob;
import org.ybjg.registry.imports.domain.ImportKind;
import org.ybjg.registry.imports.domain.InstitutionRows;

/** Bulk imports (text/csv or JSON array body) accepted as jobs (202 + Location), and the job resource. */
@RestController
class ImportController implements ImportsApi {

  /** Handling agencies' administrators and provincial systems (API clients) import. */
  static final Set<String> IMPORTERS = Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");

  private final ImportBodies bodies;
  private final ImportRunner runner;
  private final ImportJobs jobs;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;
  private final HttpServletRequest request;

  ImportController(ImportBodies bodies, ImportRunner runner, ImportJobs jobs, CurrentCaller currentCaller,
      RegionScope scope, HttpServletRequest request) {
    this.bodies = bodies;
    this.runner = runner;
    this.jobs = jobs;
    this.currentCaller = currentCaller;
    this.scope = scope;
    this.request = request;
  }

  @Override
  public ResponseEntity<ImportJobDto> importInstitutions(String body) {
    return start(ImportKind.INSTITUTIONS, body, InstitutionRows.REQUIRED_COLUMNS);
  }

  @Override
  public ResponseEntity<ImportJobDto> importFundPayments(String body) {
    return start(ImportKind.FUND_PAYMENTS, body, FundPaymentRows.REQUIRED_COLUMNS);
  }

  @Override
  public ResponseEntity<ImportJobDto> getImportJob(String jobId) {
    Caller caller = currentCaller.get();
    ImportJob job = jobs.find(jobId)
        .filter(found -> scope.regions().isWithin(found.regionCode(), caller.region()))
        .orElseThrow(() -> Refusal.notFound("import job not found"));
    return ResponseEntity.ok(toDto(job));
  }

  private ResponseEntity<ImportJobDto> start(ImportKind kind, String body, Set<String> requiredColumns) {
    Caller caller = currentCaller.get();
    if (caller.roles().stream().noneMatch(IMPORTERS::contains)) {
      throw new AccessDeniedException("only administrators and API clients import");
    }
    String contentType = request.getContentType();
    List<RawRow> rows = bodies.rows(body, contentType == null ? null : MediaType.parseMediaType(contentType),
        requiredColumns);
    ImportJob job = runner.start(kind, rows, caller);
    return ResponseEntity.accepted().location(URI.create("/api/registry/imports/" + job.id())).body(toDto(job));
  }

  @ExceptionHandler(UnreadableImport.class)
  ProblemDetail unreadable(UnreadableImport e) {
    return ImportProblems.unreadable(e);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
    return ImportProblems.unreadableBody(e);
  }

  static ImportJobDto toDto(ImportJob job) {
    return new ImportJobDto(job.id(), ImportJobDto.KindEnum.valueOf(job.kind().name()), job.kind().label(),
        ImportJobDto.StatusEnum.valueOf(job.status().name()), job.status().label(), job.regionCode(),
        job.createdBy(), job.createdAt().atOffset(ZoneOffset.UTC), job.rowsTotal(), job.rowsDone(), job.created(),
        job.updated(), job.unchanged(), job.failed(), job.errorCount(), job.errorsTruncated(),
        job.errors().stream().map(e -> new ImportRowErrorDto(e.row(), e.field(), e.reason())).toList())
        .finishedAt(job.finishedAt() == null ? null : job.finishedAt().atOffset(ZoneOffset.UTC))
        .failure(job.failure());
  }
}
