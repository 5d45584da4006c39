package org.ybjg.chassis.outbox;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes what {@link AggregateStore} put into outboxes, then removes it. Polls (the embedded
 * server has no change streams). Entries of one document are sent in order and the first failure
 * stops that document until the next round, so a key's events never overtake each other.
 * Publication is at-least-once: a crash between send and removal resends, and consumers are
 * idempotent.
 */
public class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final String ENTRY_ID = AggregateStore.OUTBOX + ".id";

  private final MongoTemplate mongo;
  private final KafkaTemplate<String, String> kafka;
  private final List<String> collections;
  private final int batchSize;
  private final PendingOutboxes pending;
  private final long sweepIntervalNanos;
  private final Map<String, Long> nextSweep = new HashMap<>();
  private final Counter published;

  /** A relay that searches the collections for pending entries every round. */
  public OutboxRelay(
      MongoTemplate mongo,
      KafkaTemplate<String, String> kafka,
      List<String> collections,
      int batchSize,
      MeterRegistry meters) {
    this(mongo, kafka, collections, batchSize, new PendingOutboxes(), Duration.ZERO, meters);
  }

  /**
   * A relay that first fetches the documents {@code pending} names (by {@code _id}, which every
   * server indexes) and searches a collection for pending entries only every {@code sweepInterval}
   * — searching means scanning on a server without secondary indexes, such as the embedded one. The
   * sweep also runs at start and keeps running while it finds full batches.
   */
  public OutboxRelay(
      MongoTemplate mongo,
      KafkaTemplate<String, String> kafka,
      List<String> collections,
      int batchSize,
      PendingOutboxes pending,
      Duration sweepInterval,
      MeterRegistry meters) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.collections = List.copyOf(collections);
    this.batchSize = batchSize;
    this.pending = pending;
    this.sweepIntervalNanos = sweepInterval.toNanos();
    this.published =
        Counter.builder("ybjg.outbox.published")
            .description("events relayed to Kafka")
            .register(meters);
  }

  /** The pending-outbox query must not scan whole collections. */
  public void ensureIndexes() {
    collections.forEach(
        collection ->
            mongo
                .indexOps(collection)
                .createIndex(new Index().on(ENTRY_ID, Sort.Direction.ASC).sparse()));
  }

  /**
   * One relay round over every collection; returns how many events were published. The events of a
   * round's documents are all handed to the producer first and awaited afterwards, and their
   * removal is one {@code bulkWrite}: a round costs about one broker round trip and one database
   * round trip, not one of each per event (a 100k-row import emits 100k events).
   */
  public int relayPending() {
    int count = 0;
    for (String collection : collections) {
      List<Object> hinted = pending.take(collection, batchSize);
      Long sweepAt = nextSweep.get(collection);
      boolean sweep = hinted.isEmpty() && (sweepAt == null || System.nanoTime() - sweepAt >= 0);
      if (hinted.isEmpty() && !sweep) {
        continue;
      }
      Query query =
          Query.query(
              sweep
                  ? Criteria.where(ENTRY_ID).exists(true)
                  : Criteria.where("_id").in(hinted).and(ENTRY_ID).exists(true));
      query.limit(batchSize).fields().include(AggregateStore.OUTBOX);
      List<Document> documents = mongo.find(query, Document.class, collection);
      if (sweep && documents.size() < batchSize) {
        nextSweep.put(collection, System.nanoTime() + sweepIntervalNanos);
      }
      if (!documents.isEmpty()) {
        count += relay(collection, documents);
      }
    }
    return count;
  }

  private int relay(String collection, List<Document> documents) {
    List<List<Sending>> perDocument = new ArrayList<>(documents.size());
    for (Document document : documents) {
      List<Sending> sendings = new ArrayList<>();
      for (Document entry : document.getList(AggregateStore.OUTBOX, Document.class, List.of())) {
        sendings.add(new Sending(entry.getString("id"), send(entry)));
      }
      perDocument.add(sendings);
    }
    List<WriteModel<Document>> removals = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < documents.size(); i++) {
      List<String> sent = sentPrefix(collection, documents.get(i), perDocument.get(i));
      if (!sent.isEmpty()) {
        removals.add(
            new UpdateOneModel<>(
                new Document("_id", documents.get(i).get("_id")),
                new Document(
                    "$pull",
                    new Document(
                        AggregateStore.OUTBOX, new Document("id", new Document("$in", sent))))));
        count += sent.size();
      }
    }
    if (!removals.isEmpty()) {
      mongo.getCollection(collection).bulkWrite(removals, new BulkWriteOptions().ordered(false));
      published.increment(count);
    }
    return count;
  }

  private CompletableFuture<?> send(Document entry) {
    try {
      return kafka.send(
          entry.getString("topic"), entry.getString("key"), entry.getString("envelope"));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The ids of a document's entries up to its first failed one: only those are removed, so a failed
   * entry and everything after it are sent again next round (at least once, in order after the
   * failure).
   */
  private List<String> sentPrefix(String collection, Document document, List<Sending> sendings) {
    List<String> sent = new ArrayList<>();
    for (Sending sending : sendings) {
      try {
        sending.result().get(10, TimeUnit.SECONDS);
        sent.add(sending.entryId());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        log.warn(
            "outbox relay could not publish {} from {} {}; will retry",
            sending.entryId(),
            collection,
            document.get("_id"),
            e);
        break;
      }
    }
    return sent;
  }

  private record Sending(String entryId, CompletableFuture<?> result) {}
}
