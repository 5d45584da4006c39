package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFleetTest {

  @TempDir Path logsDir;

  private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
  private final PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);
  private ServiceFleet fleet;

  @AfterEach
  void stopFleet() {
    if (fleet != null) {
      fleet.close();
    }
  }

  @Test
  void shouldPrefixOutputAndWriteLogFileWhenServiceBecomesHealthy() throws Exception {
    fleet = new ServiceFleet(logsDir, console);
    int port = FakeServices.freePort();
    fleet.launch(FakeServices.launch("registry", port, Map.of("SPRING_PROFILES_ACTIVE", "local")));

    fleet.awaitHealthy(Duration.ofSeconds(30));

    assertThat(console())
        .contains("[registry  ] 假服务启动中（演示）", "[registry  ] SPRING_PROFILES_ACTIVE=local");
    assertThat(Files.readString(logsDir.resolve("registry.log"), StandardCharsets.UTF_8))
        .startsWith("假服务启动中（演示）")
        .contains("SERVER_PORT=" + port)
        .doesNotContain("[registry  ]");
  }

  @Test
  void shouldReportLastLinesWhenServiceDiesWhileStarting() {
    fleet = new ServiceFleet(logsDir, console);
    fleet.launch(
        FakeServices.launch("cases", FakeServices.freePort(), Map.of("FAKE_EXIT_CODE", "3")));

    assertThatThrownBy(() -> fleet.awaitHealthy(Duration.ofSeconds(30)))
        .isInstanceOf(PlatformStartException.class)
        .hasMessageContaining("cases exited with code 3 while starting")
        .hasMessageContaining("java.lang.IllegalStateException: failing on purpose")
        .satisfies(
            failure ->
                assertThat(failure.getMessage())
                    .doesNotContain("at " + FakeService.class.getName()))
        .hasMessageContaining(logsDir.resolve("cases.log").toString());
  }

  @Test
  void shouldGiveUpWhenServiceIsNotUpInTime() {
    fleet = new ServiceFleet(logsDir, console);
    fleet.launch(
        FakeServices.launch(
            "reporting", FakeServices.freePort(), Map.of("FAKE_HEALTH_STATUS", "DOWN")));

    assertThatThrownBy(() -> fleet.awaitHealthy(Duration.ofSeconds(3)))
        .isInstanceOf(PlatformStartException.class)
        .hasMessageContaining("Not UP within 3 s: [reporting]");
  }

  @Test
  void shouldStopEveryServiceWhenClosed() {
    fleet = new ServiceFleet(logsDir, console);
    int port = FakeServices.freePort();
    fleet.launch(FakeServices.launch("gateway", port, Map.of()));
    fleet.awaitHealthy(Duration.ofSeconds(30));

    fleet.close();

    assertThat(new HealthProbe().isUp(port)).isFalse();
    assertThat(console()).doesNotContain("exited with code");
  }

  private String console() {
    return consoleBytes.toString(StandardCharsets.UTF_8);
  }
}
