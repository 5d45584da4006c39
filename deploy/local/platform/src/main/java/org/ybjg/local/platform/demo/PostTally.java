package org.ybjg.local.platform.demo;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the answers to a batch of POSTs from several threads, reports progress and the first
 * failures.
 */
final class PostTally {

  private static final Logger log = LoggerFactory.getLogger(PostTally.class);
  private static final int PROGRESS_EVERY = 500;
  private static final int FAILURES_SHOWN = 5;

  /**
   * If this many fail before any succeeds, the rest would fail the same way (bad token, wrong
   * contract...).
   */
  private static final int GIVE_UP_AFTER_FAILURES = 20;

  private final String kind;
  private final int total;
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger alreadyPresent = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  PostTally(String kind, int total) {
    this.kind = kind;
    this.total = total;
  }

  void count(int status, String body) {
    switch (status) {
      case 201 -> created.incrementAndGet();
      case 409 -> alreadyPresent.incrementAndGet();
      default -> fail(status, body);
    }
    int done = created.get() + alreadyPresent.get() + failed.get();
    if (done % PROGRESS_EVERY == 0 && done < total) {
      log.info("{}s: {}/{}", kind, done, total);
    }
  }

  boolean hopeless() {
    return failed.get() >= GIVE_UP_AFTER_FAILURES && created.get() + alreadyPresent.get() == 0;
  }

  void skipped() {
    failed.incrementAndGet();
  }

  DemoLoadReport.Outcome outcome() {
    return new DemoLoadReport.Outcome(created.get(), alreadyPresent.get(), failed.get());
  }

  private void fail(int status, String body) {
    int failures = failed.incrementAndGet();
    if (failures <= FAILURES_SHOWN) {
      log.warn("{} not created: HTTP {} {}", kind, status, GatewayApi.excerpt(body));
    }
    if (failures == GIVE_UP_AFTER_FAILURES && created.get() + alreadyPresent.get() == 0) {
      log.warn("The first {} {}s all failed; not sending the rest", failures, kind);
    }
  }
}
