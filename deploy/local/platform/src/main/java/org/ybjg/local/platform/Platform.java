package org.ybjg.local.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.utils.AppInfoParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ybjg.local.embedded.EmbeddedKafka;
import org.ybjg.local.embedded.EmbeddedMongo;
import org.ybjg.local.embedded.PlatformTopics;

/**
 * The whole platform on one machine: MongoDB-wire server and Kafka broker in this JVM, each service
 * and the gateway in its own JVM. Usable from a test:
 *
 * <pre>{@code
 * PlatformConfig config = PlatformConfig.withPortOffset(rootDir, tempDir, 10000);
 * try (Platform platform = new Platform(config).start()) {
 *     URI gateway = platform.gatewayUrl();   // http://127.0.0.1:18080
 * }
 * }</pre>
 */
public final class Platform implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Platform.class);

  private final PlatformConfig config;
  private final PrintStream console;
  private final Object lifecycle = new Object();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private boolean closed;
  private EmbeddedMongo mongo;
  private EmbeddedKafka kafka;
  private KafkaCluster kafkaCluster;
  private ServiceFleet services;
  private JwtKeyFiles jwtKeys;
  private Duration startDuration;

  public Platform(PlatformConfig config) {
    this(config, System.out);
  }

  /**
   * @param console where the children's prefixed output goes
   */
  public Platform(PlatformConfig config, PrintStream console) {
    this.config = config;
    this.console = console;
  }

  /**
   * Starts everything and returns when every process reports UP. On failure, whatever was started
   * is stopped before the exception leaves, so {@code try (Platform p = new Platform(c).start())}
   * never leaks processes.
   *
   * @throws PlatformStartException with the reason (missing jar, port in use, a service that died
   *     or hung)
   */
  public Platform start() {
    synchronized (lifecycle) {
      if (closed || mongo != null) {
        throw new IllegalStateException("A Platform starts once; create a new one to start again");
      }
    }
    long startNanos = System.nanoTime();
    try {
      requireServiceJars();
      requireFreePorts();
      createDirectories();
      jwtKeys = JwtKeyFiles.ensureIn(config.keysDir());
      startMongo();
      startKafka();
      createTopics();
      launchServices();
      services.awaitHealthy(config.healthTimeout());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    startDuration = Duration.ofNanos(System.nanoTime() - startNanos);
    log.info("Platform started in {}", seconds(startDuration));
    return this;
  }

  public PlatformConfig config() {
    return config;
  }

  /** e.g. {@code http://127.0.0.1:8080} */
  public URI gatewayUrl() {
    return config.url(ServiceModule.GATEWAY);
  }

  public URI url(ServiceModule module) {
    return config.url(module);
  }

  /** Without a database, e.g. {@code mongodb://127.0.0.1:27017}. */
  public String mongoConnectionString() {
    return started(mongo).connectionString();
  }

  /** One address per broker, comma-separated. */
  public String kafkaBootstrapServers() {
    return kafkaCluster != null
        ? kafkaCluster.bootstrapServers()
        : started(kafka).bootstrapServers();
  }

  public JwtKeyFiles jwtKeys() {
    return started(jwtKeys);
  }

  /** From {@link #start()} until every process was UP. */
  public Duration startDuration() {
    return started(startDuration);
  }

  /**
   * Stops one service while the rest of the platform keeps running, e.g. to see how the gateway
   * copes.
   */
  public void stop(ServiceModule module) {
    started(services).stop(module.displayName());
  }

  /**
   * Kills one process ({@code kill -9}), e.g. {@code registry-2} ({@link
   * PlatformConfig#instanceName}), while the rest of the platform keeps running.
   */
  public void kill(String processName) {
    started(services).kill(processName);
  }

  /** Starts a killed or stopped process again and returns when it reports UP. */
  public void restart(String processName) {
    started(services).restart(processName, config.healthTimeout());
  }

  /** Kills one node ({@code kill -9}) of the Kafka cluster started with three brokers. */
  public void killBroker(int node) {
    started(kafkaCluster).kill(node);
  }

  /** Starts a killed broker again; returns when the cluster lists all its brokers. */
  public void restartBroker(int node) {
    started(kafkaCluster).restart(node, config.healthTimeout());
  }

  /** Process ids of the running service and gateway processes, by display name. */
  public Map<String, Long> servicePids() {
    return started(services).pids();
  }

  /** Process ids of the Kafka cluster's nodes (none with the single broker in this JVM). */
  public Map<String, Long> brokerPids() {
    return kafkaCluster == null ? Map.of() : kafkaCluster.pids();
  }

  /** Blocks until {@link #close()} has finished (e.g. from the Ctrl-C shutdown hook). */
  public void awaitClosed() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops the processes (gracefully, then forcibly after 20 s), then Kafka, then MongoDB.
   * Idempotent.
   */
  @Override
  public void close() {
    ServiceFleet runningServices;
    EmbeddedKafka runningKafka;
    KafkaCluster runningCluster;
    EmbeddedMongo runningMongo;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      runningServices = services;
      runningKafka = kafka;
      runningCluster = kafkaCluster;
      runningMongo = mongo;
    }
    try {
      // Services first: they would otherwise log errors about the vanished broker and database.
      if (runningServices != null) {
        log.info("Stopping the services");
        runningServices.close();
      }
    } finally {
      closeQuietly("Kafka", runningKafka);
      closeQuietly("Kafka cluster", runningCluster);
      closeQuietly("MongoDB", runningMongo);
      if (runningMongo != null) {
        log.info("Platform stopped");
      }
      stopped.countDown();
    }
  }

  private void requireServiceJars() {
    List<Path> missing =
        Arrays.stream(ServiceModule.values())
            .map(module -> module.jarIn(config.rootDir()))
            .filter(jar -> !Files.isRegularFile(jar))
            .toList();
    if (!missing.isEmpty()) {
      throw new PlatformStartException(
          "Not built yet: "
              + missing
              + ". Run ./mvnw -DskipTests install in "
              + config.rootDir()
              + " (deploy/local/run.sh does it).");
    }
  }

  /**
   * Fails with a clear message instead of a bind error deep in a child's log, e.g. when a platform
   * already runs.
   */
  private void requireFreePorts() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("MongoDB", config.mongoPort());
    for (int node = 1; node <= config.brokers(); node++) {
      ports.put(
          config.brokers() == 1 ? "Kafka" : KafkaCluster.nodeName(node), config.kafkaPort(node));
      if (config.brokers() > 1) {
        ports.put(KafkaCluster.nodeName(node) + " controller", config.kafkaControllerPort(node));
      }
    }
    for (ServiceModule module : ServiceModule.values()) {
      for (int instance = 1; instance <= config.instancesOf(module); instance++) {
        ports.put(PlatformConfig.instanceName(module, instance), config.port(module, instance));
      }
    }
    ports.forEach(
        (user, port) -> {
          if (port != 0 && !isFree(port)) {
            throw new PlatformStartException(
                "Port "
                    + port
                    + " ("
                    + user
                    + ") is in use. Is another local "
                    + "platform running? Stop it, or choose other ports (--port-offset=N).");
          }
        });
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void createDirectories() {
    try {
      Files.createDirectories(config.logsDir());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + config.logsDir(), e);
    }
  }

  private void launchServices() {
    List<ServiceLaunch> launches =
        ServiceLaunches.forPlatform(
            config, mongo.connectionString(), kafkaBootstrapServers(), jwtKeys);
    synchronized (lifecycle) {
      requireNotClosed();
      services = new ServiceFleet(config.logsDir(), console);
      launches.forEach(services::launch);
    }
  }

  // Each start step runs under the lifecycle lock, so a concurrent close() (Ctrl-C) sees and stops
  // what it started.

  private void startMongo() {
    synchronized (lifecycle) {
      requireNotClosed();
      long startNanos = System.nanoTime();
      mongo = EmbeddedMongo.fileBacked(config.mongoDir(), config.mongoPort());
      log.info(
          "MongoDB-wire server at {} ready in {} (H2 store in {})",
          mongo.connectionString(),
          secondsSince(startNanos),
          config.mongoDir());
    }
  }

  private void startKafka() {
    if (config.brokers() > 1) {
      startKafkaCluster();
      return;
    }
    synchronized (lifecycle) {
      requireNotClosed();
      long startNanos = System.nanoTime();
      kafka = EmbeddedKafka.start(config.kafkaDir(), config.kafkaPort());
      log.info(
          "Kafka {} broker (KRaft) at {} ready in {} (logs in {})",
          AppInfoParser.getVersion(),
          kafka.bootstrapServers(),
          secondsSince(startNanos),
          config.kafkaDir());
    }
  }

  /**
   * The nodes start as processes of their own and need each other for a quorum, so the lock is
   * released while they start; close() stops whatever of them was launched.
   */
  private void startKafkaCluster() {
    long startNanos = System.nanoTime();
    KafkaCluster cluster = KafkaCluster.start(config, console, config.healthTimeout());
    synchronized (lifecycle) {
      kafkaCluster = cluster;
      if (closed) {
        cluster.close();
        throw new PlatformStartException("Stopped while starting");
      }
    }
    log.info(
        "Kafka {} cluster (KRaft, {} brokers) at {} ready in {} (logs in {})",
        AppInfoParser.getVersion(),
        config.brokers(),
        cluster.bootstrapServers(),
        secondsSince(startNanos),
        config.kafkaDir(1).getParent());
  }

  /** Replication 3 and min.insync.replicas 2 on the cluster, one replica on the single broker. */
  private void createTopics() {
    boolean cluster = config.brokers() > 1;
    EmbeddedKafka.createTopics(
        kafkaBootstrapServers(),
        PlatformTopics.partitionsByTopic(),
        PlatformTopics.compacted(),
        cluster ? 3 : 1,
        cluster ? 2 : 1);
  }

  private void requireNotClosed() {
    if (closed) {
      throw new PlatformStartException("Stopped while starting");
    }
  }

  private static <T> T started(T part) {
    if (part == null) {
      throw new IllegalStateException("The platform has not been started");
    }
    return part;
  }

  private static void closeQuietly(String what, AutoCloseable part) {
    if (part == null) {
      return;
    }
    long startNanos = System.nanoTime();
    try {
      part.close();
      log.info("{} stopped in {}", what, secondsSince(startNanos));
    } catch (Exception e) {
      log.warn("{} did not stop cleanly", what, e);
    }
  }

  private static String secondsSince(long startNanos) {
    return seconds(Duration.ofNanos(System.nanoTime() - startNanos));
  }

  static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
