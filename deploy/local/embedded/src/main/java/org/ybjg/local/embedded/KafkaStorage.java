package org.ybjg.local.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a KRaft log directory the way {@code kafka-storage.sh format} does, once: a directory
 * that already holds {@code meta.properties} keeps its cluster id, metadata log, topics and
 * committed offsets.
 */
final class KafkaStorage {

  private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);

  private KafkaStorage() {}

  static boolean isFormatted(Path logDir) {
    return Files.isRegularFile(logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME));
  }

  /**
   * @return true if the directory was formatted now, false if it already was
   */
  static boolean formatIfNeeded(Path logDir, int nodeId, String controllerListenerName) {
    return formatIfNeeded(logDir, nodeId, controllerListenerName, Uuid.randomUuid().toString());
  }

  /**
   * As {@link #formatIfNeeded(Path, int, String)}, with the cluster id every node of a multi-node
   * cluster must share.
   */
  static boolean formatIfNeeded(
      Path logDir, int nodeId, String controllerListenerName, String clusterId) {
    if (isFormatted(logDir)) {
      return false;
    }
    String directory = logDir.toAbsolutePath().toString();
    try {
      Files.createDirectories(logDir);
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(nodeId)
          .setClusterId(clusterId)
          .setControllerListenerName(controllerListenerName)
          .addDirectory(directory)
          .setMetadataLogDirectory(directory)
          // Static voters (controller.quorum.voters), so kraft.version 0: the controller's port is
          // read
          // from the configuration at every start and may differ from the previous run.
          .setHasDynamicQuorum(false)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the Kafka log directory " + logDir, e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format the Kafka log directory " + logDir, e);
    }
    log.info("Formatted Kafka log directory {} for cluster {}", directory, clusterId);
    return true;
  }
}
