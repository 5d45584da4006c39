package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.ybjg.local.embedded.EmbeddedKafka;
import org.ybjg.local.embedded.PlatformTopics;

/**
 * Runs with {@code -Dscaleout=true} (as {@link ScaleOutFaultIT}; three broker JVMs take a minute or
 * two on two cores). The launcher's three-broker cluster on its own: topics with three replicas and
 * min.insync.replicas 2, a node killed with SIGKILL while a producer with acks=all keeps writing,
 * restarted, and every acknowledged record there to read.
 */
@EnabledIfSystemProperty(named = "scaleout", matches = "true")
class KafkaClusterIT {

  @TempDir Path varDir;

  @Test
  void shouldKeepAcceptingAndKeepEveryAcknowledgedRecordWhenANodeIsKilledAndRestarted()
      throws Exception {
    PlatformConfig config = configWithFreeKafkaPorts();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (KafkaCluster cluster =
        KafkaCluster.start(
            config,
            new PrintStream(console, true, StandardCharsets.UTF_8),
            Duration.ofMinutes(3))) {
      EmbeddedKafka.createTopics(
          cluster.bootstrapServers(),
          PlatformTopics.partitionsByTopic(),
          PlatformTopics.compacted(),
          3,
          2);
      String topic = PlatformTopics.CASE_EVENTS;
      try (Admin admin =
          Admin.create(
              Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
        TopicDescription described =
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        assertThat(described.partitions())
            .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        assertThat(
                admin
                    .describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)
                    .value())
            .isEqualTo("2");
      }

      String run = UUID.randomUUID().toString();
      List<String> acknowledged = new ArrayList<>();
      try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
        for (int i = 0; i < 300; i++) {
          if (i == 100) {
            cluster.kill(2);
          }
          if (i == 200) {
            cluster.restart(2, Duration.ofMinutes(3));
          }
          String value = run + "/" + i;
          producer.send(new ProducerRecord<>(topic, "key-" + i, value)).get(60, TimeUnit.SECONDS);
          acknowledged.add(value);
        }
      }

      assertThat(readAll(cluster.bootstrapServers(), topic, run, acknowledged.size()))
          .containsExactlyInAnyOrderElementsOf(acknowledged);
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            60_000,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class));
  }

  private static List<String> readAll(
      String bootstrapServers, String topic, String run, int count) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "cluster-it-" + run,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (values.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.value().startsWith(run)) {
            values.add(record.value());
          }
        }
      }
      // a little longer: a duplicate would arrive now
      long grace = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (System.nanoTime() < grace) {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  if (r.value().startsWith(run)) {
                    values.add(r.value());
                  }
                });
      }
    }
    return values;
  }

  /** Six consecutive free ports (three clients, three controllers) in an unprivileged range. */
  private PlatformConfig configWithFreeKafkaPorts() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(41000, 49000);
      if (allFree(base, 6)) {
        Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
        for (ServiceModule module : ServiceModule.values()) {
          ports.put(module, 0);
        }
        return new PlatformConfig(
            PlatformConfig.findRootDir(),
            varDir,
            0,
            base,
            ports,
            PlatformConfig.DEFAULT_HEALTH_TIMEOUT,
            false,
            1,
            3);
      }
    }
    throw new IllegalStateException("no six consecutive free ports");
  }

  private static boolean allFree(int base, int count) {
    for (int port = base; port < base + count; port++) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress("127.0.0.1", port));
      } catch (Exception taken) {
        return false;
      }
    }
    return true;
  }
}
