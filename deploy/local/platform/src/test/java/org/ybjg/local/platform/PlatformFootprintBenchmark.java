package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local platform costs on this machine: its start time and the resident memory of every
 * process. A measurement, not part of the build (the jars must be built first):
 *
 * <pre>
 * ./mvnw -q install -DskipTests -Dskip.ui
 * ./mvnw -q -pl deploy/local/platform test -Dtest=PlatformFootprintBenchmark -Dbenchmark=true \
 *   -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PlatformFootprintBenchmark {

  @TempDir Path varDir;

  @Test
  void printWhatThePlatformCosts() throws IOException {
    try (Platform platform =
        new Platform(PlatformConfig.withPortOffset(PlatformConfig.findRootDir(), varDir, 30000))
            .start()) {
      System.out.printf(
          "[measure] platform started in %.1f s (infrastructure, 4 services, gateway: all UP)%n",
          platform.startDuration().toMillis() / 1000.0);
      long totalKib = rssKib(ProcessHandle.current().pid());
      System.out.printf(
          "[measure] launcher JVM (Kafka broker, MongoDB-wire server): %d MiB RSS%n",
          totalKib / 1024);
      for (Map.Entry<String, Long> process : platform.servicePids().entrySet()) {
        long kib = rssKib(process.getValue());
        totalKib += kib;
        System.out.printf("[measure] %-10s %d MiB RSS%n", process.getKey(), kib / 1024);
      }
      System.out.printf("[measure] whole platform: %d MiB RSS%n", totalKib / 1024);
      assertThat(platform.servicePids()).hasSize(ServiceModule.values().length);
    }
  }

  private static long rssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for process " + pid);
  }
}
