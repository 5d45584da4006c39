package org.ybjg.registry.imports;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;

/**
 * Writes one batch of an import on a second thread while the import's thread reads and prepares the
 * next, so that on two cores the client's conversions overlap the store's writes. At most one batch
 * is in flight, and results come back in batch order; a failed write is rethrown to the import's
 * thread, and the writer works in the import's logging context (its correlation id goes into the
 * events).
 */
final class WriteBehind<T> implements AutoCloseable {

  private final ExecutorService writer;
  private Future<T> inFlight;

  WriteBehind(String threadName) {
    this.writer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, threadName));
  }

  /**
   * Starts {@code write} once the batch in flight is written; answers that batch's result (null if
   * none).
   */
  T submit(Callable<T> write) {
    T previous = drain();
    // the events written carry the import's correlation id, which the logging context holds
    Map<String, String> context = MDC.getCopyOfContextMap();
    inFlight =
        writer.submit(
            () -> {
              MDC.setContextMap(context == null ? Map.of() : context);
              try {
                return write.call();
              } finally {
                MDC.clear();
              }
            });
    return previous;
  }

  /** Waits for the batch in flight and answers its result (null if none). */
  T drain() {
    if (inFlight == null) {
      return null;
    }
    try {
      return inFlight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing an import batch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      inFlight = null;
    }
  }

  @Override
  public void close() {
    writer.shutdownNow();
  }
}
