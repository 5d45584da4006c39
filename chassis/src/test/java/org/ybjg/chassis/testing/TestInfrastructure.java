package org.ybjg.chassis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.ybjg.local.embedded.EmbeddedKafka;
import org.ybjg.local.embedded.EmbeddedMongo;
import org.ybjg.local.embedded.PlatformTopics;

/**
 * One real Kafka broker and one in-memory MongoDB-wire server per test JVM, reached over TCP
 * exactly as production clusters are, plus a token minter whose public key the service trusts.
 */
public final class TestInfrastructure {

  private static TestInfrastructure instance;

  private final EmbeddedMongo mongo;
  private final EmbeddedKafka kafka;
  private final TestTokens tokens = new TestTokens();

  private TestInfrastructure() {
    try {
      mongo = EmbeddedMongo.inMemory(0);
      kafka = EmbeddedKafka.start(Files.createTempDirectory("kafka-test"), 0);
      kafka.createTopics(PlatformTopics.partitionsByTopic(), PlatformTopics.compacted());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  kafka.close();
                  mongo.close();
                }));
  }

  public static synchronized TestInfrastructure get() {
    if (instance == null) {
      instance = new TestInfrastructure();
    }
    return instance;
  }

  /** Points a Spring test context at this infrastructure, with its own database. */
  public void register(DynamicPropertyRegistry registry, String database) {
    registry.add("spring.mongodb.uri", () -> mongo.connectionString() + "/" + database);
    registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
    registry.add("ybjg.jwt.public-key-file", () -> tokens.publicKeyFile().toString());
    registry.add("ybjg.consumer.initial-interval", () -> "50ms");
    registry.add("ybjg.outbox.poll-interval", () -> "50ms");
  }

  public TestTokens tokens() {
    return tokens;
  }

  public KafkaProbe kafka() {
    return new KafkaProbe(kafka.bootstrapServers());
  }

  public String mongoConnectionString() {
    return mongo.connectionString();
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }
}
