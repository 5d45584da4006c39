package org.ybjg.inspection.roster.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.imports.ImportBodies;
import org.ybjg.chassis.imports.ImportErrorHandling;
import org.ybjg.chassis.imports.ImportJobs;
import org.ybjg.chassis.imports.ImportRunner;
import org.ybjg.chassis.imports.domain.ImportJob;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.api.RosterImportsApi;
import org.ybjg.inspection.api.model.RosterImportJobDto;
import org.ybjg.inspection.api.model.RosterImportRowErrorDto;
import org.ybjg.inspection.roster.imports.domain.InspectorRows;

/**
 * Bulk roster imports (text/csv or JSON array body) accepted as jobs (202 + Location), and the job
 * resource.
 */
@RestController
class RosterImportController implements RosterImportsApi, ImportErrorHandling {

  private final ImportBodies bodies;
  private final ImportRunner runner;
  private final ImportJobs jobs;
  private final ImportInspectors importInspectors;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;
  private final HttpServletRequest request;

  RosterImportController(
      ImportBodies bodies,
      ImportRunner runner,
      ImportJobs jobs,
      ImportInspectors importInspectors,
      CurrentCaller currentCaller,
      RegionScope scope,
      HttpServletRequest request) {
    this.bodies = bodies;
    this.runner = runner;
    this.jobs = jobs;
    this.importInspectors = importInspectors;
    this.currentCaller = currentCaller;
    this.scope = scope;
    this.request = request;
  }

  @Override
  public ResponseEntity<RosterImportJobDto> importInspectors(String body) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.ROSTER_KEEPERS);
    String contentType = request.getContentType();
    List<RawRow> rows =
        bodies.rows(
            body,
            contentType == null ? null : MediaType.parseMediaType(contentType),
            InspectorRows.REQUIRED_COLUMNS);
    ImportJob job = runner.start(null, importInspectors, rows, caller);
    return ResponseEntity.accepted()
        .location(URI.create("/api/inspection/imports/" + job.id()))
        .body(toDto(job));
  }

  @Override
  public ResponseEntity<RosterImportJobDto> getRosterImportJob(String jobId) {
    Caller caller = currentCaller.get();
    ImportJob job =
        jobs.find(jobId)
            .filter(found -> scope.regions().isWithin(found.regionCode(), caller.region()))
            .orElseThrow(() -> Refusal.notFound("import job not found"));
    return ResponseEntity.ok(toDto(job));
  }

  static RosterImportJobDto toDto(ImportJob job) {
    return new RosterImportJobDto()
        .id(job.id())
        .status(RosterImportJobDto.StatusEnum.valueOf(job.status().name()))
        .statusLabel(job.status().label())
        .regionCode(job.regionCode())
        .createdBy(job.createdBy())
        .createdAt(job.createdAt().atOffset(ZoneOffset.UTC))
        .finishedAt(job.finishedAt() == null ? null : job.finishedAt().atOffset(ZoneOffset.UTC))
        .rowsTotal(job.rowsTotal())
        .rowsDone(job.rowsDone())
        .created(job.created())
        .updated(job.updated())
        .unchanged(job.unchanged())
        .failed(job.failed())
        .errorCount(job.errorCount())
        .errorsTruncated(job.errorsTruncated())
        .errors(
            job.errors().stream()
                .map(e -> new RosterImportRowErrorDto(e.row(), e.field(), e.reason()))
                .toList())
        .failure(job.failure());
  }
}
