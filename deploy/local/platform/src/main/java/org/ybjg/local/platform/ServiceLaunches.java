package org.ybjg.local.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The command line and environment of each service and of the gateway on the local platform. */
final class ServiceLaunches {

  /**
   * Five JVMs share 2 cores: small heaps, the serial collector and C1 only (faster start, slower
   * peak, which a demo does not need). UTF-8 output because the logs carry Chinese names whatever
   * the machine's locale.
   */
  static final List<String> JVM_OPTIONS =
      List.of(
          "-Xms64m",
          "-Xmx320m",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Dfile.encoding=UTF-8",
          "-Dsun.stdout.encoding=UTF-8",
          "-Dsun.stderr.encoding=UTF-8");

  private ServiceLaunches() {}

  /** How often the gateway asks each instance for its health when it balances over several. */
  static final String HEALTH_CHECK_INTERVAL = "1s";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The four services (each instance of them), then the gateway. */
  static List<ServiceLaunch> forPlatform(
      PlatformConfig config,
      String mongoConnectionString,
      String kafkaBootstrapServers,
      JwtKeyFiles keys) {
    List<ServiceLaunch> launches = new ArrayList<>();
    for (ServiceModule module : ServiceModule.values()) {
      for (int instance = 1; instance <= config.instancesOf(module); instance++) {
        launches.add(
            launch(config, module, instance, mongoConnectionString, kafkaBootstrapServers, keys));
      }
    }
    return launches;
  }

  private static ServiceLaunch launch(
      PlatformConfig config,
      ServiceModule module,
      int instance,
      String mongoConnectionString,
      String kafkaBootstrapServers,
      JwtKeyFiles keys) {
    int port = config.port(module, instance);
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SPRING_PROFILES_ACTIVE", "local");
    environment.put("SERVER_PORT", String.valueOf(port));
    environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
    environment.put("YBJG_JWT_PUBLIC_KEY", keys.publicKey().toString());
    module
        .database()
        .ifPresent(
            database -> {
              environment.put("MONGODB_URI", mongoConnectionString + "/" + database);
              // The topics the service declares, as the launcher created them.
              boolean cluster = config.brokers() > 1;
              environment.put("KAFKA_REPLICATION_FACTOR", cluster ? "3" : "1");
              environment.put("KAFKA_MIN_INSYNC_REPLICAS", cluster ? "2" : "1");
            });
    if (module.isGateway()) {
      environment.put("YBJG_JWT_PRIVATE_KEY", keys.privateKey().toString());
      for (ServiceModule routed : ServiceModule.values()) {
        routed
            .gatewayUrlVariable()
            .ifPresent(variable -> environment.put(variable, routeUri(config, routed)));
      }
      if (config.instances() > 1) {
        environment.put("SPRING_APPLICATION_JSON", loadBalancing(config));
      }
    }
    return new ServiceLaunch(
        PlatformConfig.instanceName(module, instance),
        port,
        javaJar(module.jarIn(config.rootDir())),
        environment,
        config.rootDir());
  }

  /**
   * One instance: the gateway routes straight to it, as before. Several: {@code lb://<service>},
   * resolved by Spring Cloud LoadBalancer over the instances {@link #loadBalancing} lists.
   */
  private static String routeUri(PlatformConfig config, ServiceModule module) {
    return config.instances() > 1 ? "lb://" + module.displayName() : config.url(module).toString();
  }

  /**
   * The gateway's load-balancer configuration: the simple discovery client lists each service's
   * instances (what Kubernetes' Service does in production), and the {@code health-check}
   * configuration drops an instance whose {@code /actuator/health} stops answering UP, so requests
   * go to the live ones within {@link #HEALTH_CHECK_INTERVAL}.
   */
  static String loadBalancing(PlatformConfig config) {
    Map<String, Object> instances = new LinkedHashMap<>();
    for (ServiceModule module : ServiceModule.values()) {
      if (module.isGateway()) {
        continue;
      }
      List<Map<String, String>> uris = new ArrayList<>();
      for (int instance = 1; instance <= config.instancesOf(module); instance++) {
        uris.add(Map.of("uri", config.url(module, instance).toString()));
      }
      instances.put(module.displayName(), uris);
    }
    Map<String, Object> cloud =
        Map.of(
            "discovery",
            Map.of("client", Map.of("simple", Map.of("instances", instances))),
            "loadbalancer",
            Map.of(
                "configurations",
                "health-check",
                "health-check",
                Map.of("interval", HEALTH_CHECK_INTERVAL, "initial-delay", "0s")));
    return JSON.writeValueAsString(Map.of("spring", Map.of("cloud", cloud)));
  }

  private static List<String> javaJar(Path jar) {
    List<String> command = new ArrayList<>();
    // The JDK running the launcher, not whatever `java` is first on the PATH.
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }
}
