package org.ybjg.chassis.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.ybjg.chassis.outbox.OutboxRelay;

/** Runs the relay on one background thread; a full batch is followed at once by the next. */
class OutboxRelayRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);

  private final OutboxRelay relay;
  private final Duration interval;
  private ScheduledExecutorService executor;

  OutboxRelayRunner(OutboxRelay relay, Duration interval) {
    this.relay = relay;
    this.interval = interval;
  }

  @Override
  public void start() {
    relay.ensureIndexes();
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "outbox-relay");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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
    if (executor != null) {
      executor.shutdown();
      try {
        executor.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null && !executor.isShutdown();
  }

  /** Stop before the Kafka producer and Mongo client go away. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
