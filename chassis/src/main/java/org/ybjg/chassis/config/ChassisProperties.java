package org.ybjg.chassis.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** What a service tells the chassis about itself under {@code ybjg.*}. */
@ConfigurationProperties("ybjg")
public record ChassisProperties(Outbox outbox, Topics topics, Consumer consumer, String regions) {

  public ChassisProperties {
    outbox = outbox == null ? new Outbox(List.of(), null, null, null) : outbox;
    topics = topics == null ? new Topics(List.of(), List.of(), List.of(), 3, null, null) : topics;
    consumer = consumer == null ? new Consumer(3, Duration.ofMillis(200)) : consumer;
    regions = regions == null ? "classpath:regions/regions.csv" : regions;
  }

  /** Collections whose documents carry an outbox, and how often the relay looks. */
  public record Outbox(
      List<String> collections, Duration pollInterval, Integer batchSize, Duration sweepInterval) {
    public Outbox {
      sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
      collections = collections == null ? List.of() : collections;
      pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
      batchSize = batchSize == null ? 2000 : batchSize;
    }
  }

  /**
   * Topics this service publishes (compacted ones too) and consumes; each gets its {@code .DLT}.
   * Declared with {@code replicas} replicas and {@code min.insync.replicas} {@code
   * minInsyncReplicas}: by default 3 and 2, so that a write acknowledged by the cluster survives
   * the loss of one broker and a broker may be down without refusing writes.
   */
  public record Topics(
      List<String> published,
      List<String> compacted,
      List<String> consumed,
      Integer partitions,
      Integer replicas,
      Integer minInsyncReplicas) {
    public Topics {
      replicas = replicas == null ? 3 : replicas;
      minInsyncReplicas = minInsyncReplicas == null ? 2 : minInsyncReplicas;
      published = published == null ? List.of() : published;
      compacted = compacted == null ? List.of() : compacted;
      consumed = consumed == null ? List.of() : consumed;
      partitions = partitions == null ? 3 : partitions;
    }
  }

  public record Consumer(Integer maxRetries, Duration initialInterval) {
    public Consumer {
      maxRetries = maxRetries == null ? 3 : maxRetries;
      initialInterval = initialInterval == null ? Duration.ofMillis(200) : initialInterval;
    }
  }
}
