package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServiceLaunchesTest {

  private final Path rootDir = Path.of("/repo");
  private final PlatformConfig config =
      PlatformConfig.withPortOffset(rootDir, rootDir.resolve("var"), 100);
  private final JwtKeyFiles keys =
      new JwtKeyFiles(
          Path.of("/repo/var/keys/jwt-private.pem"), Path.of("/repo/var/keys/jwt-public.pem"));
  private final List<ServiceLaunch> launches =
      ServiceLaunches.forPlatform(config, "mongodb://127.0.0.1:27117", "127.0.0.1:9192", keys);

  @Test
  void shouldStartFourServicesThenTheGatewayWhenPlanned() {
    assertThat(launches)
        .extracting(ServiceLaunch::name)
        .containsExactly("registry", "inspection", "cases", "reporting", "gateway");
    assertThat(launches)
        .extracting(ServiceLaunch::port)
        .containsExactly(8181, 8182, 8183, 8184, 8180);
  }

  @Test
  void shouldRunEachJarInASmallJvmWhenLaunched() {
    ServiceLaunch cases = launch("cases");

    assertThat(cases.command()).endsWith("-jar", "/repo/case-service/app/target/case-app.jar");
    assertThat(cases.command())
        .contains("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    assertThat(cases.workingDir()).isEqualTo(rootDir);
  }

  @Test
  void shouldGiveEachServiceItsOwnDatabaseAndNoPrivateKeyWhenLaunched() {
    Map<String, String> environment = launch("inspection").environment();

    assertThat(environment)
        .containsEntry("SPRING_PROFILES_ACTIVE", "local")
        .containsEntry("SERVER_PORT", "8182")
        .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27117/inspection")
        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9192")
        .containsEntry("YBJG_JWT_PUBLIC_KEY", "/repo/var/keys/jwt-public.pem")
        .doesNotContainKeys("YBJG_JWT_PRIVATE_KEY", "REGISTRY_URL");
    assertThat(launch("registry").environment())
        .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27117/registry");
    assertThat(launch("cases").environment())
        .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27117/cases");
    assertThat(launch("reporting").environment())
        .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27117/reporting");
  }

  @Test
  void shouldTellTheGatewayWhereServicesAndSigningKeyAreWhenLaunched() {
    Map<String, String> environment = launch("gateway").environment();

    assertThat(environment)
        .containsEntry("SERVER_PORT", "8180")
        .containsEntry("YBJG_JWT_PRIVATE_KEY", "/repo/var/keys/jwt-private.pem")
        .containsEntry("YBJG_JWT_PUBLIC_KEY", "/repo/var/keys/jwt-public.pem")
        .containsEntry("REGISTRY_URL", "http://127.0.0.1:8181")
        .containsEntry("INSPECTION_URL", "http://127.0.0.1:8182")
        .containsEntry("CASES_URL", "http://127.0.0.1:8183")
        .containsEntry("REPORTS_URL", "http://127.0.0.1:8184")
        .doesNotContainKey("MONGODB_URI");
  }

  @Test
  void shouldStartEachServiceTwiceOnPortsAHundredApartAndTheGatewayOnceWhenScaledOut() {
    List<ServiceLaunch> scaled =
        ServiceLaunches.forPlatform(
            config.scaledOut(2, 3), "mongodb://127.0.0.1:27117", "127.0.0.1:9192", keys);

    assertThat(scaled)
        .extracting(ServiceLaunch::name)
        .containsExactly(
            "registry",
            "registry-2",
            "inspection",
            "inspection-2",
            "cases",
            "cases-2",
            "reporting",
            "reporting-2",
            "gateway");
    assertThat(scaled)
        .extracting(ServiceLaunch::port)
        .containsExactly(8181, 8281, 8182, 8282, 8183, 8283, 8184, 8284, 8180);
    ServiceLaunch secondCases = scaled.get(5);
    assertThat(secondCases.environment())
        .containsEntry("SERVER_PORT", "8283")
        .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27117/cases")
        .containsEntry("KAFKA_REPLICATION_FACTOR", "3")
        .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2");
  }

  @Test
  void shouldRouteTheGatewayThroughTheLoadBalancerOverEveryInstanceWhenScaledOut() {
    List<ServiceLaunch> scaled =
        ServiceLaunches.forPlatform(
            config.scaledOut(2, 1), "mongodb://127.0.0.1:27117", "127.0.0.1:9192", keys);
    ServiceLaunch gateway = scaled.get(scaled.size() - 1);

    assertThat(gateway.environment())
        .containsEntry("REGISTRY_URL", "lb://registry")
        .containsEntry("CASES_URL", "lb://cases");
    JsonNode cloud =
        JsonMapper.builder()
            .build()
            .readTree(gateway.environment().get("SPRING_APPLICATION_JSON"))
            .path("spring")
            .path("cloud");
    assertThat(
            cloud.path("discovery").path("client").path("simple").path("instances").path("cases"))
        .extracting(instance -> instance.path("uri").asString())
        .containsExactly("http://127.0.0.1:8183", "http://127.0.0.1:8283");
    assertThat(cloud.path("loadbalancer").path("configurations").asString())
        .isEqualTo("health-check");
  }

  @Test
  void shouldKeepTheDirectRoutesAndSingleReplicasWhenNotScaledOut() {
    assertThat(launch("gateway").environment()).doesNotContainKey("SPRING_APPLICATION_JSON");
    assertThat(launch("cases").environment())
        .containsEntry("KAFKA_REPLICATION_FACTOR", "1")
        .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "1");
  }

  private ServiceLaunch launch(String name) {
    return launches.stream().filter(launch -> launch.name().equals(name)).findFirst().orElseThrow();
  }
}
