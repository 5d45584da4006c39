package org.ybjg.chassis.web;

import java.util.UUID;
import org.slf4j.MDC;

/** The correlation id follows one user action through the gateway, services and events. */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";

  private CorrelationId() {}

  /** Binds an id for the current thread (a new one if none came along); close to unbind. */
  public static Scope bind(String incoming) {
    String id =
        incoming == null || incoming.isBlank() || incoming.length() > 100
            ? UUID.randomUUID().toString()
            : incoming;
    MDC.put(MDC_KEY, id);
    return new Scope(id);
  }

  public record Scope(String id) implements AutoCloseable {
    @Override
    public void close() {
      MDC.remove(MDC_KEY);
    }
  }
}
