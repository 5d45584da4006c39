package org.ybjg.local.platform;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * One running child process. Its output (stdout and stderr merged) goes line by line to the console
 * with a padded name prefix, e.g. {@code [registry ] ...}, and unprefixed to its own log file.
 */
final class ServiceProcess {

  /** Enough to reach past a long stack trace to the log lines before it. */
  private static final int TAIL_LINES = 300;

  private final ServiceLaunch launch;
  private final Process process;
  private final Path logFile;
  private final OutputTail tail = new OutputTail(TAIL_LINES);
  private final PrintStream console;
  private volatile boolean stopRequested;

  private ServiceProcess(ServiceLaunch launch, Process process, Path logFile, PrintStream console) {
    this.launch = launch;
    this.process = process;
    this.logFile = logFile;
    this.console = console;
  }

  static ServiceProcess start(ServiceLaunch launch, Path logsDir, PrintStream console) {
    return start(launch, logsDir, console, false);
  }

  /**
   * @param appendToLog whether the log file is continued (a restart) rather than begun anew
   */
  static ServiceProcess start(
      ServiceLaunch launch, Path logsDir, PrintStream console, boolean appendToLog) {
    Path logFile = logsDir.resolve(launch.name() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(launch.command())
            .directory(launch.workingDir().toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(launch.environment());
    try {
      Files.createDirectories(logsDir);
      ServiceProcess started = new ServiceProcess(launch, builder.start(), logFile, console);
      started.pumpOutput(appendToLog);
      started.process.onExit().thenRun(started::reportUnexpectedExit);
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start " + launch.name() + ": " + String.join(" ", launch.command()), e);
    }
  }

  static String prefix(String name) {
    return String.format("[%-10s] ", name);
  }

  String name() {
    return launch.name();
  }

  ServiceLaunch launch() {
    return launch;
  }

  int port() {
    return launch.port();
  }

  Path logFile() {
    return logFile;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  OptionalInt exitCode() {
    return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
  }

  List<String> lastLines() {
    return tail.lines();
  }

  /** Asks the process to stop (SIGTERM: Spring Boot shuts down gracefully). */
  void requestStop() {
    stopRequested = true;
    process.destroy();
  }

  boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  void kill() {
    stopRequested = true;
    process.destroyForcibly();
  }

  private void pumpOutput(boolean append) throws IOException {
    BufferedWriter log =
        append
            ? Files.newBufferedWriter(
                logFile,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)
            : Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
    String prefix = prefix(launch.name());
    Thread pump =
        new Thread(
            () -> {
              try (log;
                  BufferedReader output =
                      new BufferedReader(
                          new InputStreamReader(
                              process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                  console.println(prefix + line);
                  tail.add(line);
                  log.write(line);
                  log.newLine();
                  log.flush();
                }
              } catch (IOException e) {
                console.println(prefix + "output no longer readable: " + e.getMessage());
              }
            },
            "output-" + launch.name());
    // The pump ends by itself when the process closes its output; it must not keep the JVM alive.
    pump.setDaemon(true);
    pump.start();
  }

  private void reportUnexpectedExit() {
    if (!stopRequested) {
      console.println(
          prefix(launch.name()) + "exited with code " + process.exitValue() + "; see " + logFile);
    }
  }
}
