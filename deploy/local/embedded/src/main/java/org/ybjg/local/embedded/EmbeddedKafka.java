package org.ybjg.local.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), running in
 * this JVM. The log directory is formatted on first use only, so topics, records and committed
 * offsets survive a restart.
 */
public final class EmbeddedKafka implements AutoCloseable {

  public static final String HOST = "127.0.0.1";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaRaftServer server;
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafka(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Formats {@code logDir} if it holds no {@code meta.properties} yet, then starts the node and
   * returns once the broker is unfenced (ready for clients).
   *
   * @param port the client port; 0 picks a free one
   */
  public static EmbeddedKafka start(Path logDir, int port) {
    int brokerPort = FreePort.orAny(port);
    // Nobody outside this JVM talks to the controller, and static voters allow a new port at every
    // start.
    int controllerPort = FreePort.pick();
    KafkaStorage.formatIfNeeded(
        logDir, KafkaBrokerSettings.NODE_ID, KafkaBrokerSettings.CONTROLLER_LISTENER);
    KafkaConfig config =
        new KafkaConfig(
            KafkaBrokerSettings.combinedNode(logDir, HOST, brokerPort, controllerPort), false);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      shutDown(server);
      throw new IllegalStateException("Kafka did not start on " + HOST + ":" + brokerPort, e);
    }
    return new EmbeddedKafka(server, brokerPort);
  }

  public int port() {
    return port;
  }

  /** The value for {@code bootstrap.servers}, e.g. {@code 127.0.0.1:9092}. */
  public String bootstrapServers() {
    return HOST + ":" + port;
  }

  /**
   * Creates the topics that do not exist yet, with one replica each. Existing topics are left as
   * they are, so this can run at every start.
   *
   * @param topicPartitions partition count by topic name
   * @param compacted the topics (among {@code topicPartitions}) that keep only the latest record
   *     per key
   */
  public void createTopics(Map<String, Integer> topicPartitions, Set<String> compacted) {
    createTopics(bootstrapServers(), topicPartitions, compacted, 1, 1);
  }

  /**
   * Creates the topics that do not exist yet on the cluster at {@code bootstrapServers}, with
   * {@code replicas} replicas and {@code min.insync.replicas} of {@code minInsyncReplicas}.
   */
  public static void createTopics(
      String bootstrapServers,
      Map<String, Integer> topicPartitions,
      Set<String> compacted,
      int replicas,
      int minInsyncReplicas) {
    List<NewTopic> topics =
        topicPartitions.entrySet().stream()
            .map(
                topic ->
                    newTopic(
                        topic.getKey(),
                        topic.getValue(),
                        compacted.contains(topic.getKey()),
                        replicas,
                        minInsyncReplicas))
            .toList();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      CreateTopicsResult result = admin.createTopics(topics);
      result.values().forEach(EmbeddedKafka::awaitCreatedOrExisting);
    }
  }

  private static NewTopic newTopic(
      String name, int partitions, boolean compacted, int replicas, int minInsyncReplicas) {
    NewTopic topic = new NewTopic(name, partitions, (short) replicas);
    Map<String, String> configs = new HashMap<>();
    configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInsyncReplicas));
    if (compacted) {
      configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }
    return topic.configs(configs);
  }

  private static void awaitCreatedOrExisting(String topic, KafkaFuture<Void> creation) {
    try {
      creation.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      log.info("Created topic {}", topic);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Topic " + topic + " was not created within " + ADMIN_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topic " + topic, e);
    }
  }

  /** Controlled shutdown of the broker, then the controller; returns when both have stopped. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      shutDown(server);
    }
  }

  private static void shutDown(KafkaRaftServer server) {
    server.shutdown();
    server.awaitShutdown();
  }
}
