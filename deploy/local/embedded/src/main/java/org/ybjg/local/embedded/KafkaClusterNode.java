package org.ybjg.local.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * One node (broker and controller) of a multi-node KRaft cluster, as a process of its own so that
 * it can be killed like a real broker ({@code kill -9}) and started again on its data.
 *
 * <p>{@code KafkaClusterNode <node id> <log dir> <broker port> <controller port> <voters> <cluster
 * id>}, e.g. {@code 2 var/kafka-2 9093 9096 1@127.0.0.1:9095,2@127.0.0.1:9096,3@127.0.0.1:9097
 * MkU3OEVBNTcwNTJENDM2Qg}. The log directory is formatted on first start only.
 */
public final class KafkaClusterNode {

  private KafkaClusterNode() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 6) {
      System.err.println(
          "usage: KafkaClusterNode <node id> <log dir> <broker port> <controller port> <voters>"
              + " <cluster id>");
      System.exit(2);
    }
    int nodeId = Integer.parseInt(args[0]);
    Path logDir = Path.of(args[1]);
    int brokerPort = Integer.parseInt(args[2]);
    int controllerPort = Integer.parseInt(args[3]);
    String voters = args[4];
    KafkaStorage.formatIfNeeded(logDir, nodeId, KafkaBrokerSettings.CONTROLLER_LISTENER, args[5]);
    KafkaRaftServer server =
        new KafkaRaftServer(
            new KafkaConfig(
                KafkaBrokerSettings.clusterNode(
                    logDir, EmbeddedKafka.HOST, nodeId, brokerPort, controllerPort, voters),
                false),
            Time.SYSTEM);
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM: controlled shutdown (leadership moves to the other nodes first).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.shutdown();
                  server.awaitShutdown();
                  stopped.countDown();
                },
                "kafka-node-shutdown"));
    server.startup();
    System.out.println(
        "Kafka node " + nodeId + " serving on " + EmbeddedKafka.HOST + ":" + brokerPort);
    stopped.await();
  }
}
