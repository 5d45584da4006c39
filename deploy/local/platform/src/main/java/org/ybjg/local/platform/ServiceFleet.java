package org.ybjg.local.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The child processes of the platform: started together, ready when each reports UP, stopped
 * together.
 */
final class ServiceFleet implements AutoCloseable {

  static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);
  private static final Duration FORCED_STOP = Duration.ofSeconds(5);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final int LINES_SHOWN_WHEN_DIED = 30;

  /**
   * Stack frames ("at ...", "... 36 common frames omitted") say less than the messages and causes
   * around them.
   */
  private static final Pattern STACK_FRAME =
      Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ (common frames|more))");

  private static final Logger log = LoggerFactory.getLogger(ServiceFleet.class);

  private final Path logsDir;
  private final PrintStream console;
  private final HealthProbe health = new HealthProbe();
  private final List<ServiceProcess> processes = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  ServiceFleet(Path logsDir, PrintStream console) {
    this.logsDir = logsDir;
    this.console = console;
  }

  void launch(ServiceLaunch launch) {
    log.info("Starting {} on port {}", launch.name(), launch.port());
    processes.add(ServiceProcess.start(launch, logsDir, console));
  }

  /**
   * Waits until every launched process reports UP. All are polled in turn, so a process that dies
   * is noticed at once even while others are still starting.
   *
   * @throws PlatformStartException if a process exits or is not UP within {@code timeout}
   */
  void awaitHealthy(Duration timeout) {
    awaitHealthy(processes, timeout);
  }

  private void awaitHealthy(List<ServiceProcess> awaited, Duration timeout) {
    long startNanos = System.nanoTime();
    long deadline = startNanos + timeout.toNanos();
    Map<String, ServiceProcess> waiting = new LinkedHashMap<>();
    awaited.forEach(process -> waiting.put(process.name(), process));
    while (!waiting.isEmpty()) {
      for (Iterator<ServiceProcess> it = waiting.values().iterator(); it.hasNext(); ) {
        ServiceProcess process = it.next();
        if (closed) {
          throw new PlatformStartException("Stopped while the services were starting");
        }
        if (!process.isAlive()) {
          throw new PlatformStartException(died(process));
        }
        if (health.isUp(process.port())) {
          log.info("{} is UP after {}", process.name(), seconds(System.nanoTime() - startNanos));
          it.remove();
        }
      }
      if (waiting.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new PlatformStartException(
            "Not UP within "
                + timeout.toSeconds()
                + " s: "
                + waiting.keySet()
                + ". Logs: "
                + logsDir);
      }
      pause();
    }
  }

  /** Stops one process the way {@link #close()} stops all of them; the others keep running. */
  void stop(String name) {
    ServiceProcess process = named(name);
    process.requestStop();
    if (!awaitExit(process, GRACEFUL_STOP)) {
      process.kill();
      awaitExit(process, FORCED_STOP);
    }
    log.info("{} stopped", name);
  }

  /**
   * Kills one process at once ({@code SIGKILL}, like {@code kill -9}: no graceful shutdown, nothing
   * flushed), e.g. to prove that the other instances carry on.
   */
  void kill(String name) {
    ServiceProcess process = named(name);
    process.kill();
    awaitExit(process, FORCED_STOP);
    log.info("{} killed", name);
  }

  /**
   * Starts a process that was stopped or killed again, with the same command, and waits until it
   * reports UP.
   */
  void restart(String name, Duration timeout) {
    awaitHealthy(List.of(restartProcess(name)), timeout);
  }

  /** Starts a stopped or killed process again with the same command, without waiting for it. */
  ServiceProcess restartProcess(String name) {
    ServiceProcess old = named(name);
    if (old.isAlive()) {
      throw new IllegalStateException(name + " is still running");
    }
    log.info("Restarting {} on port {}", name, old.port());
    ServiceProcess restarted = ServiceProcess.start(old.launch(), logsDir, console, true);
    processes.set(processes.indexOf(old), restarted);
    return restarted;
  }

  /** Fails with the last lines of the first process that has exited. */
  void requireAlive() {
    processes.stream()
        .filter(process -> !process.isAlive())
        .findFirst()
        .ifPresent(
            process -> {
              throw new PlatformStartException(died(process));
            });
  }

  private ServiceProcess named(String name) {
    return processes.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No process named " + name));
  }

  /** Process id of each running process, by name: for measuring what the platform costs. */
  Map<String, Long> pids() {
    Map<String, Long> pids = new LinkedHashMap<>();
    processes.stream().filter(ServiceProcess::isAlive).forEach(p -> pids.put(p.name(), p.pid()));
    return pids;
  }

  /** SIGTERM to all, up to {@link #GRACEFUL_STOP} for them to finish, then SIGKILL to the rest. */
  @Override
  public void close() {
    closed = true;
    List<ServiceProcess> running = new ArrayList<>(processes);
    running.forEach(ServiceProcess::requestStop);
    long deadline = System.nanoTime() + GRACEFUL_STOP.toNanos();
    for (ServiceProcess process : running) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      if (!awaitExit(process, left)) {
        log.warn(
            "{} did not stop within {} s; killing it", process.name(), GRACEFUL_STOP.toSeconds());
        process.kill();
        awaitExit(process, FORCED_STOP);
      }
    }
  }

  private static boolean awaitExit(ServiceProcess process, Duration timeout) {
    try {
      return process.awaitExit(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String died(ServiceProcess process) {
    StringBuilder message =
        new StringBuilder()
            .append(process.name())
            .append(" exited with code ")
            .append(process.exitCode().orElse(-1))
            .append(" while starting. Last lines (without stack frames):\n");
    List<String> lines =
        process.lastLines().stream().filter(line -> !STACK_FRAME.matcher(line).find()).toList();
    lines
        .subList(Math.max(0, lines.size() - LINES_SHOWN_WHEN_DIED), lines.size())
        .forEach(line -> message.append("  ").append(line).append('\n'));
    return message.append("Full log: ").append(process.logFile()).toString();
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformStartException("Interrupted while waiting for the services", e);
    }
  }
}
