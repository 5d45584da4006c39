package org.ybjg.inspection.roster.imports;

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
import org.ybjg.inspection.roster.imports.domain.ImportJob;

/**
 * Accepts a roster import as a job and runs it in the background, one job at a time (two imports of the same
 * people must not interleave). A job that fails unexpectedly is marked FAILED with the reason; rows already
 * stored stay stored.
 */
@Component
class RosterImportRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RosterImportRunner.class);

  private final RosterImportJobs jobs;
  private final ImportInspectors importInspectors;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "roster-import");
    thread.setDaemon(true);
    return thread;
  });

  RosterImportRunner(RosterImportJobs jobs, ImportInspectors importInspectors, Clock clock) {
    this.jobs = jobs;
    this.importInspectors = importInspectors;
    this.clock = clock;
  }

  ImportJob start(List<RawRow> rows, Caller caller) {
    ImportJob job = ImportJob.queued(Ids.next(), caller.region(), caller.username(), Instant.now(clock), rows.size());
    jobs.save(job);
    String correlationId = MDC.get(CorrelationId.MDC_KEY);
    worker.execute(() -> {
      try (var scope = CorrelationId.bind(correlationId)) {
        importInspectors.run(job, rows, caller);
      } catch (RuntimeException e) {
        log.error("roster import {} failed", job.id(), e);
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
