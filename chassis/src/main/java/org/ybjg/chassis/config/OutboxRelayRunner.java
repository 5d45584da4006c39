package org.ybjg.chassis.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.ybjg.chassis.outbox.OutboxRelay;
import org.ybjg.chassis.outbox.PendingOutboxes;

/**
 * Runs the relay on one background thread: a full batch is followed at once by the next; when the
 * outboxes are empty it waits for the next write's hint, or the poll interval for what only the
 * sweep finds.
 */
class OutboxRelayRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);

  private final OutboxRelay relay;
  private final PendingOutboxes pending;
  private final Duration interval;
  private volatile Thread thread;

  OutboxRelayRunner(OutboxRelay relay, PendingOutboxes pending, Duration interval) {
    this.relay = relay;
    this.pending = pending;
    this.interval = interval;
  }

  @Override
  public void start() {
    relay.ensureIndexes();
    Thread runner = new Thread(this::run, "outbox-relay");
    runner.setDaemon(true);
    thread = runner;
    runner.start();
  }

  private void run() {
    while (thread == Thread.currentThread()) {
      drain();
      try {
        pending.awaitHint(interval.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void drain() {
    try {
      while (relay.relayPending() > 0) {
        // keep going while there is work; the fixed delay applies once the outboxes are empty
      }
    } catch (RuntimeException e) {
      log.warn("outbox relay round failed; retrying after {}", interval, e);
    }
  }

  @Override
  public void stop() {
    Thread runner = thread;
    thread = null;
    if (runner != null) {
      pending.wakeUp();
      try {
        runner.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  /** Stop before the Kafka producer and Mongo client go away. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
