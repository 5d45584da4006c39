package org.ybjg.local.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ybjg.local.embedded.EmbeddedKafka;
import org.ybjg.local.embedded.KafkaClusterNode;

/**
 * A KRaft cluster of combined broker-controller nodes, each a {@link KafkaClusterNode} process of
 * its own on the launcher's classpath, so that one can be killed ({@code kill -9}) and restarted
 * while the others carry on. Nodes share a cluster id kept in {@code <var>/kafka-cluster}; their
 * data survives a restart like the single broker's.
 */
final class KafkaCluster implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaCluster.class);

  /** A node holds few partitions here; its page cache, not its heap, holds the data. */
  private static final List<String> NODE_JVM_OPTIONS =
      List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private static final String BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.PropertiesLauncher";
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  private final PlatformConfig config;
  private final ServiceFleet nodes;

  private KafkaCluster(PlatformConfig config, ServiceFleet nodes) {
    this.config = config;
    this.nodes = nodes;
  }

  /** Starts every node and returns when all of them are registered with the controller quorum. */
  static KafkaCluster start(PlatformConfig config, PrintStream console, Duration timeout) {
    String clusterId = clusterId(config.varDir().resolve("kafka-cluster"));
    String voters =
        IntStream.rangeClosed(1, config.brokers())
            .mapToObj(
                node -> node + "@" + EmbeddedKafka.HOST + ":" + config.kafkaControllerPort(node))
            .collect(Collectors.joining(","));
    ServiceFleet nodes = new ServiceFleet(config.logsDir(), console);
    KafkaCluster cluster = new KafkaCluster(config, nodes);
    try {
      for (int node = 1; node <= config.brokers(); node++) {
        nodes.launch(
            new ServiceLaunch(
                nodeName(node),
                config.kafkaPort(node),
                nodeCommand(
                    List.of(
                        String.valueOf(node),
                        config.kafkaDir(node).toString(),
                        String.valueOf(config.kafkaPort(node)),
                        String.valueOf(config.kafkaControllerPort(node)),
                        voters,
                        clusterId)),
                Map.of(),
                config.rootDir()));
      }
      cluster.awaitBrokers(config.brokers(), timeout);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  static String nodeName(int node) {
    return "kafka-" + node;
  }

  /** e.g. {@code 127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094} */
  String bootstrapServers() {
    return IntStream.rangeClosed(1, config.brokers())
        .mapToObj(node -> EmbeddedKafka.HOST + ":" + config.kafkaPort(node))
        .collect(Collectors.joining(","));
  }

  /** {@code kill -9} of one node. */
  void kill(int node) {
    nodes.kill(nodeName(node));
  }

  /** Starts a killed node again and waits until the cluster counts every broker again. */
  void restart(int node, Duration timeout) {
    nodes.restartProcess(nodeName(node));
    awaitBrokers(config.brokers(), timeout);
  }

  Map<String, Long> pids() {
    return nodes.pids();
  }

  /** Until the cluster's metadata lists {@code count} live brokers. */
  private void awaitBrokers(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3000))) {
      while (true) {
        nodes.requireAlive();
        try {
          int live = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
          if (live >= count) {
            log.info("Kafka cluster of {} brokers at {} ready", live, bootstrapServers());
            return;
          }
        } catch (Exception notYet) {
          // still starting: ask again
        }
        if (System.nanoTime() > deadline) {
          throw new PlatformStartException(
              "The Kafka cluster did not list " + count + " brokers within " + timeout);
        }
        Thread.sleep(POLL_INTERVAL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformStartException("Interrupted while waiting for the Kafka cluster", e);
    }
  }

  @Override
  public void close() {
    nodes.close();
  }

  private static String clusterId(Path dir) {
    Path file = dir.resolve("cluster.id");
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
      }
      Files.createDirectories(dir);
      String id = Uuid.randomUuid().toString();
      Files.writeString(file, id, StandardCharsets.US_ASCII);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the Kafka cluster id in " + file, e);
    }
  }

  /**
   * The node's main class on this JVM's own classpath: from the launcher's executable jar through
   * Spring Boot's {@code PropertiesLauncher} (the classes are nested in it), from a test's
   * classpath directly.
   */
  private static List<String> nodeCommand(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(NODE_JVM_OPTIONS);
    String classpath = System.getProperty("java.class.path");
    if (isExecutableBootJar(classpath)) {
      command.add("-Dloader.main=" + KafkaClusterNode.class.getName());
      command.add("-cp");
      command.add(classpath);
      command.add(BOOT_LAUNCHER);
    } else {
      command.add("-cp");
      command.add(classpath);
      command.add(KafkaClusterNode.class.getName());
    }
    command.addAll(arguments);
    return command;
  }

  private static boolean isExecutableBootJar(String classpath) {
    if (!classpath.endsWith(".jar") || classpath.contains(java.io.File.pathSeparator)) {
      return false;
    }
    try (ZipFile jar = new ZipFile(classpath)) {
      return jar.getEntry("BOOT-INF/") != null || jar.getEntry("BOOT-INF/classes/") != null;
    } catch (IOException e) {
      return false;
    }
  }
}
