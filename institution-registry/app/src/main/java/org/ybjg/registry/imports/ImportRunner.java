package org.ybjg.registry.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.web.CorrelationId;
import org.ybjg.registry.imports.domain.ImportJob;
import org.ybjg.registry.imports.domain.ImportKind;

/**
 * Accepts an import as a job and runs it in the background, one job at a time (imports of the same
 * institutions must not interleave; the store has few cores). The request's correlation id travels along into
 * the events. A job that fails unexpectedly is marked FAILED with the reason; rows already stored stay stored.
 */
@Component
public class ImportRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportJobs jobs;
  private final ImportInstitutions importInstitutions;
  private final ImportFundPayments importFundPayments;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "registry-import");
    thread.setDaemon(true);
    return thread;
  });

  ImportRunner(ImportJobs jobs, ImportInstitutions importInstitutions, ImportFundPayments importFundPayments,
      Clock clock) {
    this.jobs = jobs;
    this.importInstitutions = importInstitutions;
    this.importFundPayments = importFundPayments;
    this.clock = clock;
  }

  public ImportJob start(ImportKind kind, List<RawRow> rows, Caller caller) {
    ImportJob job = ImportJob.queued(Ids.next(), kind, caller.region(), caller.username(), Instant.now(clock),
        rows.size());
    jobs.save(job);
    String correlationId = MDC.get(CorrelationId.MDC_KEY);
    worker.execute(() -> {
      try (var scope = CorrelationId.bind(correlationId)) {
        switch (kind) {
          case INSTITUTIONS -> importInstitutions.run(job, rows, caller);
          case FUND_PAYMENTS -> importFundPayments.run(job, rows, caller);
        }
      } catch (RuntimeException e) {
        log.error("import {} failed", job.id(), e);
        ImportJob last = jobs.find(job.id()).orElse(job);
        jobs.save(last.failedWith(e.getClass().getSimpleName() + ": " + e.getMessage(), Instant.now(clock)));
      }
    });
    return job;
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
