package org.ybjg.chassis.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.imports.domain.ImportJob;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.web.CorrelationId;

/**
 * Accepts an import as a job (saved QUEUED, answered at once) and runs its {@link RowImporter} in
 * the background, one job at a time per service: two imports of the same records must not
 * interleave, and the store has few cores. The request's correlation id travels along into the
 * events. A job that fails unexpectedly is marked FAILED with the reason; rows already stored stay
 * stored. A service declares one as a bean (closed with the context).
 */
public class ImportRunner implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

  private final ImportJobs jobs;
  private final Clock clock;
  private final String threadName;
  private final ExecutorService worker;

  /**
   * @param threadName names the worker thread in logs and thread dumps, e.g. {@code
   *     registry-import}
   */
  public ImportRunner(ImportJobs jobs, Clock clock, String threadName) {
    this.jobs = jobs;
    this.clock = clock;
    this.threadName = threadName;
    this.worker =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * @param kind the job's kind code, or null for a service that imports one kind only
   */
  public ImportJob start(String kind, RowImporter importer, List<RawRow> rows, Caller caller) {
    ImportJob job =
        ImportJob.queued(
            Ids.next(), kind, caller.region(), caller.username(), Instant.now(clock), rows.size());
    jobs.save(job);
    String correlationId = MDC.get(CorrelationId.MDC_KEY);
    worker.execute(
        () -> {
          try (var scope = CorrelationId.bind(correlationId)) {
            importer.run(job, rows, caller);
          } catch (RuntimeException e) {
            log.error("{} job {} failed", threadName, job.id(), e);
            ImportJob last = jobs.find(job.id()).orElse(job);
            jobs.save(
                last.failedWith(
                    e.getClass().getSimpleName() + ": " + e.getMessage(), Instant.now(clock)));
          }
        });
    return job;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
