package org.ybjg.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.ybjg.chassis.consumer.ProcessedOnce;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.testing.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox against a real broker and the MongoDB-wire server: nothing stored is lost, nothing
 * unstored is sent.
 */
class OutboxIT {

  record Thing(String id, long version, String name) {}

  private static final String COLLECTION = "things";
  private static final String TOPIC = "inspection.events.v1";
  private static final EventType TYPE = new EventType("test.thing-changed.v1", TOPIC);

  private static MongoClient client;
  private static MongoTemplate mongo;
  private static KafkaTemplate<String, String> kafka;
  private static final Events EVENTS =
      new Events(JsonMapper.builder().build(), "/chassis-test", Clock.systemUTC());
  private static AggregateStore store;
  private static OutboxRelay relay;

  @BeforeAll
  static void connect() {
    TestInfrastructure infra = TestInfrastructure.get();
    client = MongoClients.create(infra.mongoConnectionString());
    mongo = new MongoTemplate(client, "chassis-test");
    kafka =
        new KafkaTemplate<>(
            new DefaultKafkaProducerFactory<>(
                Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    infra.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class)));
    store = new AggregateStore(mongo, EVENTS);
    relay = new OutboxRelay(mongo, kafka, List.of(COLLECTION), 100, new SimpleMeterRegistry());
    relay.ensureIndexes();
  }

  @AfterAll
  static void disconnect() {
    kafka.destroy();
    client.close();
  }

  private static AggregateStore.Outgoing event(String subject, String marker) {
    EventEnvelope envelope = EVENTS.envelope(TYPE, subject, Map.of("marker", marker));
    return new AggregateStore.Outgoing(TOPIC, subject, envelope);
  }

  private static Document stored(String id) {
    return mongo.findById(id, Document.class, COLLECTION);
  }

  @Test
  void shouldPublishStoredEventsInOrderAndThenRemoveThemWhenRelayed() {
    String id = UUID.randomUUID().toString();
    String marker = "m-" + id;
    store.insert(
        COLLECTION,
        new Thing(id, 0, "first"),
        List.of(event(id, marker + "-1"), event(id, marker + "-2")));
    assertThat(stored(id).getList(AggregateStore.OUTBOX, Document.class)).hasSize(2);

    relay.relayPending();

    List<ConsumerRecord<String, String>> published =
        TestInfrastructure.get().kafka().readContaining(TOPIC, marker, 2, Duration.ofSeconds(20));
    assertThat(published).extracting(ConsumerRecord::key).containsOnly(id);
    assertThat(published.get(0).value()).contains(marker + "-1");
    assertThat(published.get(1).value()).contains(marker + "-2");
    assertThat(published.get(0).partition()).isEqualTo(published.get(1).partition());
    assertThat(stored(id).getList(AggregateStore.OUTBOX, Document.class)).isEmpty();
    assertThat(stored(id).getString("name")).isEqualTo("first");
  }

  @Test
  void shouldRelayHintedDocumentsAtOnceAndLeaveOthersToTheNextSweep() {
    PendingOutboxes pending = new PendingOutboxes();
    AggregateStore hinting = new AggregateStore(mongo, EVENTS, pending);
    OutboxRelay relayWithHints =
        new OutboxRelay(
            mongo,
            kafka,
            List.of(COLLECTION),
            100,
            pending,
            Duration.ofHours(1),
            new SimpleMeterRegistry());
    relayWithHints.relayPending(); // the sweep at start; the next one is an hour away
    String unhinted = UUID.randomUUID().toString();
    String hinted = UUID.randomUUID().toString();
    store.insert(
        COLLECTION,
        new Thing(unhinted, 0, "written elsewhere"),
        List.of(event(unhinted, "u-" + unhinted)));
    hinting.insert(
        COLLECTION, new Thing(hinted, 0, "written here"), List.of(event(hinted, "h-" + hinted)));

    assertThat(relayWithHints.relayPending()).isEqualTo(1);

    assertThat(
            TestInfrastructure.get()
                .kafka()
                .readContaining(TOPIC, "h-" + hinted, 1, Duration.ofSeconds(20)))
        .hasSize(1);
    assertThat(stored(hinted).getList(AggregateStore.OUTBOX, Document.class)).isEmpty();
    assertThat(stored(unhinted).getList(AggregateStore.OUTBOX, Document.class)).hasSize(1);
    assertThat(relayWithHints.relayPending()).isZero();
    assertThat(relay.relayPending()).isPositive(); // a sweeping relay finds it
    assertThat(stored(unhinted).getList(AggregateStore.OUTBOX, Document.class)).isEmpty();
  }

  /** Two instances of a service share its database: each runs a relay over the same outboxes. */
  @Test
  void shouldPublishEachEntryOnceWhenTwoRelaysDrainTheSameOutboxesConcurrently() throws Exception {
    String run = "twin-" + UUID.randomUUID();
    int documents = 300;
    for (int i = 0; i < documents; i++) {
      String id = run + "-" + i;
      store.insert(COLLECTION, new Thing(id, 0, "twin"), List.of(event(id, run + "/" + i + "/")));
    }
    List<OutboxRelay> relays =
        List.of(
            new OutboxRelay(mongo, kafka, List.of(COLLECTION), 50, new SimpleMeterRegistry()),
            new OutboxRelay(mongo, kafka, List.of(COLLECTION), 50, new SimpleMeterRegistry()));
    CyclicBarrier start = new CyclicBarrier(relays.size());
    ExecutorService threads = Executors.newFixedThreadPool(relays.size());
    try {
      List<Future<Integer>> counts =
          relays.stream()
              .map(
                  r ->
                      threads.submit(
                          () -> {
                            start.await();
                            int sent = 0;
                            for (int round = 0; round < 40; round++) {
                              sent += r.relayPending();
                            }
                            return sent;
                          }))
              .toList();
      int sent = 0;
      for (Future<Integer> count : counts) {
        sent += count.get(60, TimeUnit.SECONDS);
      }
      assertThat(sent).isGreaterThanOrEqualTo(documents);
    } finally {
      threads.shutdownNow();
    }

    List<String> published =
        TestInfrastructure.get()
            .kafka()
            .readContaining(TOPIC, run + "/", 2 * documents, Duration.ofSeconds(8))
            .stream()
            .map(ConsumerRecord::value)
            .toList();
    assertThat(published).hasSize(documents).doesNotHaveDuplicates();
    assertThat(
            mongo.count(
                Query.query(Criteria.where("name").is("twin").and("outbox.0").exists(true)),
                COLLECTION))
        .isZero();
  }

  @Test
  void shouldLeaveADocumentClaimedByAnotherRelayUntilItsLeaseEnds() {
    String id = UUID.randomUUID().toString();
    store.insert(COLLECTION, new Thing(id, 0, "claimed"), List.of(event(id, "claimed-" + id)));
    Query document = Query.query(Criteria.where("_id").is(id));
    mongo.updateFirst(
        document,
        new Update()
            .set(
                AggregateStore.OUTBOX_CLAIM,
                new Document("token", "another relay")
                    .append("until", Date.from(Instant.now().plusSeconds(30)))),
        COLLECTION);

    relay.relayPending();
    assertThat(stored(id).getList(AggregateStore.OUTBOX, Document.class)).hasSize(1);

    // the other relay died: its lease ran out
    mongo.updateFirst(
        document,
        new Update().set(AggregateStore.OUTBOX_CLAIM + ".until", Date.from(Instant.now())),
        COLLECTION);
    relay.relayPending();
    assertThat(stored(id).getList(AggregateStore.OUTBOX, Document.class)).isEmpty();
    assertThat(stored(id).containsKey(AggregateStore.OUTBOX_CLAIM)).isFalse();
    assertThat(
            TestInfrastructure.get()
                .kafka()
                .readContaining(TOPIC, "claimed-" + id, 1, Duration.ofSeconds(20)))
        .hasSize(1);
  }

  @Test
  void shouldReportDuplicateKeyAsSpringExceptionWhenIdIsTaken() {
    String id = UUID.randomUUID().toString();
    store.insert(COLLECTION, new Thing(id, 0, "first"), List.of());

    assertThatThrownBy(
            () -> store.insert(COLLECTION, new Thing(id, 0, "again"), List.of(event(id, "dup"))))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(stored(id).getString("name")).isEqualTo("first");
    assertThat(stored(id).getList(AggregateStore.OUTBOX, Document.class)).isEmpty();
  }

  @Test
  void shouldRemoveFieldWhenUpdatedAggregateHasItNull() {
    String id = UUID.randomUUID().toString();
    store.insert(COLLECTION, new Thing(id, 0, "first"), List.of());

    store.update(COLLECTION, id, 0, new Thing(id, 1, null), List.of(), null);

    assertThat(stored(id).containsKey("name")).isFalse();
    assertThat(stored(id).getLong("version")).isEqualTo(1L);
  }

  @Test
  void shouldWriteNothingWhenVersionIsStale() {
    String id = UUID.randomUUID().toString();
    store.insert(COLLECTION, new Thing(id, 0, "first"), List.of());
    store.update(COLLECTION, id, 0, new Thing(id, 1, "second"), List.of(event(id, "x")), null);

    assertThatThrownBy(
            () ->
                store.update(
                    COLLECTION, id, 0, new Thing(id, 1, "stale"), List.of(event(id, "y")), null))
        .isInstanceOf(OptimisticLockingFailureException.class);

    Document document = stored(id);
    assertThat(document.getString("name")).isEqualTo("second");
    assertThat(document.getLong("version")).isEqualTo(1L);
    assertThat(document.getList(AggregateStore.OUTBOX, Document.class)).hasSize(1);
  }

  @Test
  void shouldAppendToOutboxWithoutResendingPublishedEntriesWhenUpdatedAfterRelay() {
    String id = UUID.randomUUID().toString();
    store.insert(COLLECTION, new Thing(id, 0, "first"), List.of(event(id, "a-" + id)));
    relay.relayPending();
    store.update(
        COLLECTION, id, 0, new Thing(id, 1, "second"), List.of(event(id, "b-" + id)), null);

    List<Document> outbox = stored(id).getList(AggregateStore.OUTBOX, Document.class);
    assertThat(outbox).hasSize(1);
    assertThat(outbox.get(0).getString("envelope")).contains("b-" + id);
  }

  @Test
  void shouldKeepEventsStoredWhenBrokerIsUnreachable() {
    String id = UUID.randomUUID().toString();
    store.insert(COLLECTION, new Thing(id, 0, "first"), List.of(event(id, "kept-" + id)));
    KafkaTemplate<String, String> unreachable =
        new KafkaTemplate<>(
            new DefaultKafkaProducerFactory<>(
                Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    "127.0.0.1:1",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG,
                    300,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class)));
    try {
      new OutboxRelay(mongo, unreachable, List.of(COLLECTION), 100, new SimpleMeterRegistry())
          .relayPending();
    } finally {
      unreachable.destroy();
    }
    assertThat(stored(id).getList(AggregateStore.OUTBOX, Document.class)).hasSize(1);

    relay.relayPending();
    assertThat(
            TestInfrastructure.get()
                .kafka()
                .readContaining(TOPIC, "kept-" + id, 1, Duration.ofSeconds(20)))
        .hasSize(1);
  }

  @Test
  void shouldRecordProcessedEventInTheSameWriteWhenConsumerUpdates() {
    String id = UUID.randomUUID().toString();
    store.insert(COLLECTION, new Thing(id, 0, "first"), List.of());
    assertThat(store.alreadyProcessed(COLLECTION, id, "evt-1")).isFalse();

    store.update(COLLECTION, id, 0, new Thing(id, 1, "second"), List.of(), "evt-1");

    assertThat(store.alreadyProcessed(COLLECTION, id, "evt-1")).isTrue();
    assertThat(stored(id).getString("name")).isEqualTo("second");
  }

  @Test
  void shouldApplyUpsertOnceWhenSameEventDeliveredTwice() {
    ProcessedOnce once = new ProcessedOnce(mongo);
    String id = UUID.randomUUID().toString();

    assertThat(once.upsert("counters", id, "evt-1", new Update().inc("count", 1))).isTrue();
    assertThat(once.upsert("counters", id, "evt-1", new Update().inc("count", 1))).isFalse();
    assertThat(once.upsert("counters", id, "evt-2", new Update().inc("count", 1))).isTrue();

    Document counter =
        mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "counters");
    assertThat(counter.getInteger("count")).isEqualTo(2);
  }
}
