package org.ybjg.local.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration of a single-node KRaft cluster (broker and controller in one process) sized for a
 * 2-core machine.
 */
final class KafkaBrokerSettings {

  static final int NODE_ID = 1;
  static final String CONTROLLER_LISTENER = "CONTROLLER";
  static final String BROKER_LISTENER = "PLAINTEXT";

  private KafkaBrokerSettings() {}

  static Map<String, String> combinedNode(
      Path logDir, String host, int brokerPort, int controllerPort) {
    return combinedNode(
        logDir,
        host,
        NODE_ID,
        brokerPort,
        controllerPort,
        NODE_ID + "@" + host + ":" + controllerPort);
  }

  /**
   * One node of a cluster of combined nodes: replication 3 and {@code min.insync.replicas} 2 for
   * every topic, including the internal ones, as on a production cluster, so that one node may die
   * without a write acknowledged by the others being lost or refused.
   *
   * @param voters {@code controller.quorum.voters}, e.g. {@code 1@127.0.0.1:9095,2@...}
   */
  static Map<String, String> clusterNode(
      Path logDir, String host, int nodeId, int brokerPort, int controllerPort, String voters) {
    Map<String, String> settings =
        combinedNode(logDir, host, nodeId, brokerPort, controllerPort, voters);
    settings.put("default.replication.factor", "3");
    settings.put("min.insync.replicas", "2");
    settings.put("offsets.topic.replication.factor", "3");
    settings.put("transaction.state.log.replication.factor", "3");
    settings.put("transaction.state.log.min.isr", "2");
    settings.put("share.coordinator.state.topic.replication.factor", "3");
    settings.put("share.coordinator.state.topic.min.isr", "2");
    return settings;
  }

  private static Map<String, String> combinedNode(
      Path logDir, String host, int nodeId, int brokerPort, int controllerPort, String voters) {
    String directory = logDir.toAbsolutePath().toString();
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("process.roles", "broker,controller");
    settings.put("node.id", String.valueOf(nodeId));
    settings.put("controller.quorum.voters", voters);
    settings.put(
        "listeners",
        BROKER_LISTENER
            + "://"
            + host
            + ":"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://"
            + host
            + ":"
            + controllerPort);
    settings.put("advertised.listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort);
    settings.put(
        "listener.security.protocol.map",
        BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    settings.put("controller.listener.names", CONTROLLER_LISTENER);
    settings.put("inter.broker.listener.name", BROKER_LISTENER);
    settings.put("log.dirs", directory);
    settings.put("metadata.log.dir", directory);

    // One replica of everything: there is one broker (clusterNode raises these).
    settings.put("default.replication.factor", "1");
    settings.put("min.insync.replicas", "1");
    settings.put("offsets.topic.replication.factor", "1");
    settings.put("transaction.state.log.replication.factor", "1");
    settings.put("transaction.state.log.min.isr", "1");
    settings.put("share.coordinator.state.topic.replication.factor", "1");
    settings.put("share.coordinator.state.topic.min.isr", "1");

    // Small: internal topics default to 50 partitions and the thread pools to server sizes.
    settings.put("num.partitions", "3");
    settings.put("offsets.topic.num.partitions", "3");
    settings.put("transaction.state.log.num.partitions", "3");
    settings.put("share.coordinator.state.topic.num.partitions", "3");
    settings.put("num.network.threads", "2");
    settings.put("num.io.threads", "2");
    settings.put("background.threads", "2");
    settings.put("num.recovery.threads.per.data.dir", "1");
    settings.put("log.cleaner.threads", "1");
    // The cleaner allocates this buffer up front (default 128 MiB); enough for the compacted
    // registry topic.
    settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));

    // Topics are created explicitly (PlatformTopics); consumers start at once instead of waiting 3
    // s.
    settings.put("auto.create.topics.enable", "false");
    settings.put("group.initial.rebalance.delay.ms", "0");
    return settings;
  }
}
