package org.ybjg.local.platform.demo;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo province through the gateway's public REST API only, as province-admin, like any
 * other client: no service's database is touched. Runs only when the registry is empty, so a
 * restart does not load twice.
 */
public final class DemoProvinceLoader {

  public static final String USERNAME = "province-admin";
  public static final String PASSWORD = "demo";
  static final String INSTITUTIONS_PATH = "/api/registry/institutions";
  static final String INSPECTORS_PATH = "/api/inspection/inspectors";

  /** Few enough not to swamp five JVMs on 2 cores, enough to hide the round trips. */
  private static final int THREADS = 4;

  private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(DemoProvinceLoader.class);

  private final GatewayApi gateway;

  public DemoProvinceLoader(URI gatewayUrl) {
    this(new GatewayApi(gatewayUrl, RETRY_BACKOFF));
  }

  DemoProvinceLoader(GatewayApi gateway) {
    this.gateway = gateway;
  }

  /**
   * @throws DemoLoadException if the gateway cannot be reached, refuses the demo login or cannot
   *     count the registry
   */
  public DemoLoadReport loadIfRegistryEmpty(DemoProvince province) {
    long startNanos = System.nanoTime();
    String token = gateway.token(USERNAME, PASSWORD);
    long institutionsBefore = gateway.institutionCount(token);
    if (institutionsBefore > 0) {
      return DemoLoadReport.skipped(
          institutionsBefore, Duration.ofNanos(System.nanoTime() - startNanos));
    }
    log.info(
        "Loading the demo province through the gateway: {} institutions, {} inspectors",
        province.institutions().size(),
        province.inspectors().size());
    DemoLoadReport.Outcome institutions =
        postAll(INSTITUTIONS_PATH, "institution", province.institutions(), token);
    DemoLoadReport.Outcome inspectors =
        postAll(INSPECTORS_PATH, "inspector", province.inspectors(), token);
    return new DemoLoadReport(
        0, institutions, inspectors, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private DemoLoadReport.Outcome postAll(String path, String kind, List<?> bodies, String token) {
    PostTally tally = new PostTally(kind, bodies.size());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> posts = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        Object body = bodies.get(i);
        String idempotencyKey = idempotencyKey(kind, i);
        posts.add(
            pool.submit(
                () -> {
                  if (tally.hopeless()) {
                    tally.skipped();
                    return;
                  }
                  HttpResponse<String> response = gateway.post(path, body, token, idempotencyKey);
                  tally.count(response.statusCode(), response.body());
                }));
      }
      for (Future<?> post : posts) {
        post.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof DemoLoadException failure
          ? failure
          : new DemoLoadException("Loading " + kind + "s failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoLoadException("Interrupted while loading " + kind + "s", e);
    } finally {
      pool.shutdownNow();
    }
    return tally.outcome();
  }

  /**
   * The same for the same record in every run (the data is deterministic), so a service can drop a
   * replay.
   */
  private static String idempotencyKey(String kind, int index) {
    return UUID.nameUUIDFromBytes(
            ("ybjg-demo-province/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
