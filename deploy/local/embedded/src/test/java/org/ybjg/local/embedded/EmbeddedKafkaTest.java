package org.ybjg.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

  private static final String TOPIC = PlatformTopics.INSPECTION_EVENTS;
  private static final String GROUP = "embedded-kafka-test";

  @TempDir Path logDir;

  @Test
  void shouldKeepRecordsAndCommittedOffsetsWhenRestartedOnTheSameLogDirectory() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
      kafka.createTopics(PlatformTopics.partitionsByTopic(), PlatformTopics.compacted());
      send(kafka, "institution-1", "{\"type\":\"inspection.finding-recorded.v1\"}");
      assertThat(consume(kafka, GROUP, 1))
          .extracting(ConsumerRecord::value)
          .containsExactly("{\"type\":\"inspection.finding-recorded.v1\"}");
    }

    assertThat(KafkaStorage.isFormatted(logDir)).isTrue();
    try (EmbeddedKafka restarted = EmbeddedKafka.start(logDir, 0)) {
      assertThat(consume(restarted, "a-new-group", 1))
          .extracting(ConsumerRecord::key)
          .containsExactly("institution-1");
      long committedRecords =
          committedOffsetsOf(restarted, GROUP).values().stream()
              .mapToLong(OffsetAndMetadata::offset)
              .sum();
      assertThat(committedRecords).isEqualTo(1);
    }
  }

  @Test
  void shouldCreatePlatformTopicsOnceWhenCreatedRepeatedly() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
      kafka.createTopics(PlatformTopics.partitionsByTopic(), PlatformTopics.compacted());
      kafka.createTopics(PlatformTopics.partitionsByTopic(), PlatformTopics.compacted());

      try (Admin admin = admin(kafka)) {
        Map<String, TopicDescription> topics =
            admin.describeTopics(PlatformTopics.partitionsByTopic().keySet()).allTopicNames().get();
        assertThat(topics).hasSize(8);
        assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        assertThat(cleanupPolicyOf(admin, PlatformTopics.REGISTRY_INSTITUTIONS))
            .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(
                cleanupPolicyOf(
                    admin, PlatformTopics.deadLetterTopicOf(PlatformTopics.REGISTRY_INSTITUTIONS)))
            .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
      }
    }
  }

  private static void send(EmbeddedKafka kafka, String key, String value) throws Exception {
    Properties settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    }
  }

  private static List<ConsumerRecord<String, String>> consume(
      EmbeddedKafka kafka, String group, int expected) {
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.commitSync();
    }
    return records;
  }

  private static Map<TopicPartition, OffsetAndMetadata> committedOffsetsOf(
      EmbeddedKafka kafka, String group) throws Exception {
    try (Admin admin = admin(kafka)) {
      return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }
  }

  private static String cleanupPolicyOf(Admin admin, String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin
        .describeConfigs(Set.of(resource))
        .all()
        .get()
        .get(resource)
        .get(TopicConfig.CLEANUP_POLICY_CONFIG)
        .value();
  }

  private static Admin admin(EmbeddedKafka kafka) {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
  }
}
