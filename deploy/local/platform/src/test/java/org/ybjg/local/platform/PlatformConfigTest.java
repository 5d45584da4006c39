package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformConfigTest {

  @TempDir Path rootDir;

  @Test
  void shouldUseConventionDefaultsWhenNothingIsGiven() {
    PlatformConfig config = PlatformConfig.fromArgs(new String[] {"--root=" + rootDir}, Map.of());

    assertThat(config.varDir()).isEqualTo(rootDir.resolve("var"));
    assertThat(config.mongoPort()).isEqualTo(27017);
    assertThat(config.kafkaPort()).isEqualTo(9092);
    assertThat(config.port(ServiceModule.GATEWAY)).isEqualTo(8080);
    assertThat(config.port(ServiceModule.REGISTRY)).isEqualTo(8081);
    assertThat(config.port(ServiceModule.INSPECTION)).isEqualTo(8082);
    assertThat(config.port(ServiceModule.CASES)).isEqualTo(8083);
    assertThat(config.port(ServiceModule.REPORTING)).isEqualTo(8084);
    assertThat(config.healthTimeout()).isEqualTo(Duration.ofSeconds(180));
    assertThat(config.loadDemoData()).isTrue();
    assertThat(config.keysDir()).isEqualTo(rootDir.resolve("var/keys"));
    assertThat(config.instances()).isEqualTo(1);
    assertThat(config.brokers()).isEqualTo(1);
  }

  @Test
  void shouldPlaceInstancesAndBrokersOnTheirOwnPortsWhenScaledOut() {
    PlatformConfig config =
        PlatformConfig.fromArgs(
            new String[] {"--root=" + rootDir, "--instances=3"}, Map.of("YBJG_BROKERS", "3"));

    assertThat(config.instancesOf(ServiceModule.CASES)).isEqualTo(3);
    assertThat(config.instancesOf(ServiceModule.GATEWAY)).isEqualTo(1);
    assertThat(config.port(ServiceModule.CASES, 3)).isEqualTo(8283);
    assertThat(PlatformConfig.instanceName(ServiceModule.CASES, 1)).isEqualTo("cases");
    assertThat(PlatformConfig.instanceName(ServiceModule.CASES, 3)).isEqualTo("cases-3");
    assertThat(config.kafkaPort(3)).isEqualTo(9094);
    assertThat(config.kafkaControllerPort(1)).isEqualTo(9095);
    assertThat(config.kafkaControllerPort(3)).isEqualTo(9097);
  }

  @Test
  void shouldRefuseBrokerCountsItCannotStart() {
    assertThatThrownBy(
            () ->
                PlatformConfig.fromArgs(
                    new String[] {"--root=" + rootDir, "--brokers=2"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--brokers must be 1 or 3, not 2");
    assertThatThrownBy(
            () ->
                PlatformConfig.fromArgs(
                    new String[] {"--root=" + rootDir, "--brokers=3", "--kafka-port=0"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a Kafka port");
    assertThatThrownBy(
            () ->
                PlatformConfig.fromArgs(
                    new String[] {"--root=" + rootDir, "--instances=0"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--instances must be 1 to 9, not 0");
  }

  @Test
  void shouldShiftEveryPortWhenOffsetIsGiven() {
    PlatformConfig config =
        PlatformConfig.fromArgs(
            new String[] {"--root=" + rootDir, "--port-offset=10000"}, Map.of());

    assertThat(config.port(ServiceModule.GATEWAY)).isEqualTo(18080);
    assertThat(config.port(ServiceModule.REPORTING)).isEqualTo(18084);
    assertThat(config.mongoPort()).isEqualTo(37017);
    assertThat(config.kafkaPort()).isEqualTo(19092);
    assertThat(config.url(ServiceModule.GATEWAY)).hasToString("http://127.0.0.1:18080");
  }

  @Test
  void shouldPreferArgumentsOverEnvironmentWhenBothAreGiven() {
    Map<String, String> environment =
        Map.of(
            "YBJG_ROOT_DIR", rootDir.toString(),
            "YBJG_VAR_DIR", "/from/env",
            "YBJG_REGISTRY_PORT", "9181",
            "YBJG_KAFKA_PORT", "0",
            "YBJG_NO_DEMO_DATA", "true");

    PlatformConfig config =
        PlatformConfig.fromArgs(
            new String[] {"--var=/from/args", "--registry-port=9281"}, environment);

    assertThat(config.rootDir()).isEqualTo(rootDir);
    assertThat(config.varDir()).isEqualTo(Path.of("/from/args"));
    assertThat(config.port(ServiceModule.REGISTRY)).isEqualTo(9281);
    assertThat(config.kafkaPort()).isZero();
    assertThat(config.loadDemoData()).isFalse();
  }

  @Test
  void shouldRejectOptionWhenItIsUnknown() {
    assertThatThrownBy(
            () ->
                PlatformConfig.fromArgs(
                    new String[] {"--root=" + rootDir, "--gatway-port=1"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown option --gatway-port");
  }

  @Test
  void shouldFindRepositoryRootWhenStartedInsideIt() throws IOException {
    Files.createDirectories(rootDir.resolve("deploy/local/platform/target"));
    Files.writeString(rootDir.resolve("deploy/local/platform/pom.xml"), "<project/>");

    assertThat(PlatformConfig.findRootFrom(rootDir.resolve("deploy/local/platform/target")))
        .contains(rootDir);
    assertThat(PlatformConfig.findRootFrom(rootDir.getParent())).isEmpty();
  }
}
