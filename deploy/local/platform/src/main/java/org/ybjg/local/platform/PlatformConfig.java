package org.ybjg.local.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the local platform keeps its data and which ports it uses. Every value has a default from
 * the conventions and can be overridden, so a test can run a second platform beside the first one.
 *
 * @param rootDir the repository root (holds the service jars)
 * @param varDir data, keys and logs (default {@code <root>/var})
 * @param mongoPort embedded MongoDB-wire server; 0 picks a free port
 * @param kafkaPort embedded Kafka broker; 0 picks a free port
 * @param servicePorts HTTP port of each service and the gateway
 * @param healthTimeout how long a process may take to report UP
 * @param loadDemoData whether {@link LocalPlatform} loads the demo province into an empty registry
 * @param instances how many instances of each service (the gateway runs once and balances over
 *     them); instance k (from 1) listens on the service's port + {@value #INSTANCE_PORT_STEP}·(k−1)
 * @param brokers 1 (a broker inside the launcher) or 3 (a KRaft cluster of three node processes on
 *     the Kafka port and the next two, replication 3 and {@code min.insync.replicas} 2)
 */
public record PlatformConfig(
    Path rootDir,
    Path varDir,
    int mongoPort,
    int kafkaPort,
    Map<ServiceModule, Integer> servicePorts,
    Duration healthTimeout,
    boolean loadDemoData,
    int instances,
    int brokers) {

  public static final int DEFAULT_MONGO_PORT = 27017;
  public static final int DEFAULT_KAFKA_PORT = 9092;
  public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(180);

  /** Port distance between two instances of a service: 8081, 8181, 8281, … */
  public static final int INSTANCE_PORT_STEP = 100;

  /** The sizes of Kafka cluster the launcher can start. */
  public static final Set<Integer> BROKER_COUNTS = Set.of(1, 3);

  private static final String LOOPBACK = "127.0.0.1";
  private static final String PLATFORM_POM = "deploy/local/platform/pom.xml";

  public PlatformConfig {
    rootDir = rootDir.toAbsolutePath().normalize();
    varDir = varDir.toAbsolutePath().normalize();
    if (!servicePorts.keySet().containsAll(Set.of(ServiceModule.values()))) {
      throw new IllegalArgumentException("A port is needed for every service, got " + servicePorts);
    }
    servicePorts = Map.copyOf(servicePorts);
    if (instances < 1 || instances > 9) {
      throw new IllegalArgumentException("--instances must be 1 to 9, not " + instances);
    }
    if (!BROKER_COUNTS.contains(brokers)) {
      throw new IllegalArgumentException("--brokers must be 1 or 3, not " + brokers);
    }
    if (brokers > 1 && kafkaPort == 0) {
      throw new IllegalArgumentException("--brokers=" + brokers + " needs a Kafka port, not 0");
    }
  }

  /** One instance of each service and one broker: the pilot's shape and the default. */
  public PlatformConfig(
      Path rootDir,
      Path varDir,
      int mongoPort,
      int kafkaPort,
      Map<ServiceModule, Integer> servicePorts,
      Duration healthTimeout,
      boolean loadDemoData) {
    this(rootDir, varDir, mongoPort, kafkaPort, servicePorts, healthTimeout, loadDemoData, 1, 1);
  }

  /** This configuration with {@code instances} of each service and {@code brokers} brokers. */
  public PlatformConfig scaledOut(int instances, int brokers) {
    return new PlatformConfig(
        rootDir,
        varDir,
        mongoPort,
        kafkaPort,
        servicePorts,
        healthTimeout,
        loadDemoData,
        instances,
        brokers);
  }

  /** This configuration without the demo province. */
  public PlatformConfig withoutDemoData() {
    return new PlatformConfig(
        rootDir,
        varDir,
        mongoPort,
        kafkaPort,
        servicePorts,
        healthTimeout,
        false,
        instances,
        brokers);
  }

  /** The conventions' defaults for a checkout at {@code rootDir}, with {@code varDir} inside it. */
  public static PlatformConfig defaults(Path rootDir) {
    return withPortOffset(rootDir, rootDir.resolve("var"), 0);
  }

  /**
   * Every default port plus {@code offset} (e.g. 10000: gateway 18080, MongoDB 37017, Kafka 19092),
   * which is the simplest way to start a second platform.
   */
  public static PlatformConfig withPortOffset(Path rootDir, Path varDir, int offset) {
    Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
    for (ServiceModule module : ServiceModule.values()) {
      ports.put(module, module.defaultPort() + offset);
    }
    return new PlatformConfig(
        rootDir,
        varDir,
        DEFAULT_MONGO_PORT + offset,
        DEFAULT_KAFKA_PORT + offset,
        ports,
        DEFAULT_HEALTH_TIMEOUT,
        true);
  }

  public static PlatformConfig fromArgs(String[] args, Map<String, String> environment) {
    LaunchOptions options = LaunchOptions.parse(args, environment);
    options.rejectUnknown(knownOptions());
    Path rootDir =
        options.value("root", "YBJG_ROOT_DIR").map(Path::of).orElseGet(PlatformConfig::findRootDir);
    Path varDir = options.value("var", "YBJG_VAR_DIR").map(Path::of).orElse(rootDir.resolve("var"));
    int offset = options.integer("port-offset", "YBJG_PORT_OFFSET").orElse(0);

    Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
    for (ServiceModule module : ServiceModule.values()) {
      String name = module.displayName();
      ports.put(
          module,
          options
              .integer(name + "-port", "YBJG_" + name.toUpperCase() + "_PORT")
              .orElse(module.defaultPort() + offset));
    }
    return new PlatformConfig(
        rootDir,
        varDir,
        options.integer("mongo-port", "YBJG_MONGO_PORT").orElse(DEFAULT_MONGO_PORT + offset),
        options.integer("kafka-port", "YBJG_KAFKA_PORT").orElse(DEFAULT_KAFKA_PORT + offset),
        ports,
        options
            .integer("health-timeout", "YBJG_HEALTH_TIMEOUT")
            .map(Duration::ofSeconds)
            .orElse(DEFAULT_HEALTH_TIMEOUT),
        !options.flag("no-demo-data", "YBJG_NO_DEMO_DATA"),
        options.integer("instances", "YBJG_INSTANCES").orElse(1),
        options.integer("brokers", "YBJG_BROKERS").orElse(1));
  }

  public static String usage() {
    return """
                Usage: java -jar deploy/local/platform/target/local-platform.jar [options]
                  --root=DIR            repository root (env YBJG_ROOT_DIR; default: found from the working directory)
                  --var=DIR             data, keys and logs (env YBJG_VAR_DIR; default <root>/var)
                  --port-offset=N       add N to every default port (env YBJG_PORT_OFFSET)
                  --mongo-port=P        embedded MongoDB, 0 = any free port (env YBJG_MONGO_PORT; default 27017)
                  --kafka-port=P        embedded Kafka, 0 = any free port (env YBJG_KAFKA_PORT; default 9092)
                  --gateway-port=P --registry-port=P --inspection-port=P --cases-port=P --reporting-port=P
                                        (env YBJG_GATEWAY_PORT ...; defaults 8080..8084)
                  --health-timeout=S    seconds a process may take to report UP (env YBJG_HEALTH_TIMEOUT; default 180)
                  --no-demo-data        do not load the demo province (env YBJG_NO_DEMO_DATA=true)
                  --instances=N         N instances of each service, 1..9 (env YBJG_INSTANCES; default 1): instance k
                                        on the service's port + 100*(k-1); the gateway balances over the healthy ones
                  --brokers=N           1 or 3 Kafka brokers (env YBJG_BROKERS; default 1); 3 = a KRaft cluster of three
                                        processes on the Kafka port and the next two, replication 3, min.insync 2
                """;
  }

  private static Set<String> knownOptions() {
    Set<String> known =
        new HashSet<>(
            Set.of(
                "root",
                "var",
                "port-offset",
                "mongo-port",
                "kafka-port",
                "health-timeout",
                "no-demo-data",
                "instances",
                "brokers"));
    for (ServiceModule module : ServiceModule.values()) {
      known.add(module.displayName() + "-port");
    }
    return known;
  }

  public int port(ServiceModule module) {
    return servicePorts.get(module);
  }

  /** e.g. {@code http://127.0.0.1:8081} */
  public URI url(ServiceModule module) {
    return URI.create("http://" + LOOPBACK + ":" + port(module));
  }

  /** Port of instance {@code instance} (from 1) of a service. */
  public int port(ServiceModule module, int instance) {
    return port(module) + INSTANCE_PORT_STEP * (instance - 1);
  }

  /** e.g. {@code http://127.0.0.1:8181} for the second registry instance. */
  public URI url(ServiceModule module, int instance) {
    return URI.create("http://" + LOOPBACK + ":" + port(module, instance));
  }

  /**
   * Process name of instance {@code instance} (from 1): the first keeps the service's name (as with
   * one instance), the others get a suffix, e.g. {@code registry-2}.
   */
  public static String instanceName(ServiceModule module, int instance) {
    return instance == 1 ? module.displayName() : module.displayName() + "-" + instance;
  }

  /** How many instances of this module run: the gateway runs once. */
  public int instancesOf(ServiceModule module) {
    return module.isGateway() ? 1 : instances;
  }

  /** Client port of broker {@code node} (from 1). */
  public int kafkaPort(int node) {
    return kafkaPort + node - 1;
  }

  /** Controller port of node {@code node} of a multi-broker cluster: after the client ports. */
  public int kafkaControllerPort(int node) {
    return kafkaPort + brokers + node - 1;
  }

  /** Log directory of node {@code node} of a multi-broker cluster. */
  public Path kafkaDir(int node) {
    return varDir.resolve("kafka-cluster").resolve("node-" + node);
  }

  public Path keysDir() {
    return varDir.resolve("keys");
  }

  public Path logsDir() {
    return varDir.resolve("logs");
  }

  public Path mongoDir() {
    return varDir.resolve("mongo");
  }

  public Path kafkaDir() {
    return varDir.resolve("kafka");
  }

  /**
   * The nearest directory (from the working directory, then from this jar) that holds the
   * platform's pom.
   */
  public static Path findRootDir() {
    return findRootFrom(Path.of(""))
        .or(() -> launcherLocation().flatMap(PlatformConfig::findRootFrom))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Cannot find the repository root from "
                        + Path.of("").toAbsolutePath()
                        + "; pass --root=DIR"));
  }

  static Optional<Path> findRootFrom(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(PLATFORM_POM))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> launcherLocation() {
    try {
      return Optional.of(
          Path.of(
              PlatformConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
