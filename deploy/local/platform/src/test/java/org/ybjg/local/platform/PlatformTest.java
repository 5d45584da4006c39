package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ybjg.local.embedded.PlatformTopics;

/**
 * The launcher's whole start and stop, with {@link FakeService} jars standing in for the real
 * services.
 */
class PlatformTest {

  @TempDir Path rootDir;

  private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
  private final PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);

  @Test
  void shouldStartInfrastructureAndEveryProcessThenStopThemWhenClosed() throws Exception {
    FakeServices.installAsEveryServiceJar(rootDir);
    PlatformConfig config = configWithFreePorts();
    int gatewayPort = config.port(ServiceModule.GATEWAY);

    try (Platform platform = new Platform(config, console).start()) {
      assertThat(platform.gatewayUrl()).hasToString("http://127.0.0.1:" + gatewayPort);
      assertThat(platform.jwtKeys().publicKey()).isRegularFile();
      assertThat(platform.startDuration()).isPositive();
      assertThat(topicsOf(platform.kafkaBootstrapServers()))
          .containsAll(PlatformTopics.partitionsByTopic().keySet());
      assertThat(console())
          .contains(
              "[registry  ] MONGODB_URI=" + platform.mongoConnectionString() + "/registry",
              "[inspection] SPRING_PROFILES_ACTIVE=local",
              "[cases     ] KAFKA_BOOTSTRAP_SERVERS=" + platform.kafkaBootstrapServers(),
              "[gateway   ] REGISTRY_URL=" + platform.url(ServiceModule.REGISTRY));
      assertThat(config.logsDir().resolve("reporting.log")).isRegularFile();
    }

    assertThat(new HealthProbe().isUp(gatewayPort)).isFalse();
    assertThat(config.mongoDir().resolve("mongo.mv")).isRegularFile();
    assertThat(config.kafkaDir().resolve("meta.properties")).isRegularFile();
  }

  @Test
  void shouldRefuseToStartWhenServiceJarsAreMissing() {
    PlatformConfig config = configWithFreePorts();

    assertThatThrownBy(() -> new Platform(config, console).start())
        .isInstanceOf(PlatformStartException.class)
        .hasMessageContaining("Not built yet")
        .hasMessageContaining("institution-registry/app/target/registry-app.jar")
        .hasMessageContaining("gateway/target/gateway.jar");
  }

  @Test
  void shouldRefuseToStartWhenAPortIsInUse() throws Exception {
    FakeServices.installAsEveryServiceJar(rootDir);
    PlatformConfig config = configWithFreePorts();
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(config.port(ServiceModule.CASES)));

      assertThatThrownBy(() -> new Platform(config, console).start())
          .isInstanceOf(PlatformStartException.class)
          .hasMessageContaining("Port " + config.port(ServiceModule.CASES) + " (cases) is in use");
    }
  }

  /**
   * Distinct free ports for every process and for the store and the broker too: a broker left to
   * pick its own port may be given one just released here for a service.
   */
  private PlatformConfig configWithFreePorts() {
    int services = ServiceModule.values().length;
    List<Integer> freePorts = FakeServices.freePorts(services + 2);
    Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
    for (ServiceModule module : ServiceModule.values()) {
      ports.put(module, freePorts.get(module.ordinal()));
    }
    return new PlatformConfig(
        rootDir,
        rootDir.resolve("var"),
        freePorts.get(services),
        freePorts.get(services + 1),
        ports,
        PlatformConfig.DEFAULT_HEALTH_TIMEOUT,
        false);
  }

  private static Set<String> topicsOf(String bootstrapServers) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      return admin.listTopics().names().get();
    }
  }

  private String console() {
    return consoleBytes.toString(StandardCharsets.UTF_8);
  }
}
