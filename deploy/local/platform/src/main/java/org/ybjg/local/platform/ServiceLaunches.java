package org.ybjg.local.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The four services, then the gateway. */
  static List<ServiceLaunch> forPlatform(
      PlatformConfig config,
      String mongoConnectionString,
      String kafkaBootstrapServers,
      JwtKeyFiles keys) {
    List<ServiceLaunch> launches = new ArrayList<>();
    for (ServiceModule module : ServiceModule.values()) {
      Map<String, String> environment = new LinkedHashMap<>();
      environment.put("SPRING_PROFILES_ACTIVE", "local");
      environment.put("SERVER_PORT", String.valueOf(config.port(module)));
      environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
      environment.put("YBJG_JWT_PUBLIC_KEY", keys.publicKey().toString());
      module
          .database()
          .ifPresent(
              database -> environment.put("MONGODB_URI", mongoConnectionString + "/" + database));
      if (module.isGateway()) {
        environment.put("YBJG_JWT_PRIVATE_KEY", keys.privateKey().toString());
        for (ServiceModule routed : ServiceModule.values()) {
          routed
              .gatewayUrlVariable()
              .ifPresent(variable -> environment.put(variable, config.url(routed).toString()));
        }
      }
      launches.add(
          new ServiceLaunch(
              module.displayName(),
              config.port(module),
              javaJar(module.jarIn(config.rootDir())),
              environment,
              config.rootDir()));
    }
    return launches;
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
