package org.ybjg.chassis.outbox;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes what {@link AggregateStore} put into outboxes, then removes it. Polls (the embedded
 * server has no change streams). Entries of one document are sent in order and the first failure
 * stops that document until the next round, so a key's events never overtake each other.
 * Publication is at-least-once: a crash between send and removal resends, and consumers are
 * idempotent.
 *
 * <p>Several instances of a service share its database, and each runs a relay. A relay therefore
 * first claims the documents it is about to relay ({@code outboxClaim}: its round's token and a
 * lease end, set by one conditional update per document, which only one relay can win) and sends
 * only what it claimed, so two relays never publish the same entry twice. The removal of the sent
 * entries releases the claim; a relay that dies holding one leaves it to expire after {@link
 * #CLAIM_LEASE}, when another relay takes the document over.
 */
public class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final String ENTRY_ID = AggregateStore.OUTBOX + ".id";

  /** Long enough for a round's sends to be acknowledged (each waits at most 10 s). */
  static final Duration CLAIM_LEASE = Duration.ofSeconds(30);

  private static final String CLAIM_TOKEN = AggregateStore.OUTBOX_CLAIM + ".token";
  private static final String CLAIM_UNTIL = AggregateStore.OUTBOX_CLAIM + ".until";

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
      List<Object> candidates = sweep ? unclaimedWithEntries(collection) : hinted;
      if (sweep && candidates.size() < batchSize) {
        nextSweep.put(collection, System.nanoTime() + sweepIntervalNanos);
      }
      if (candidates.isEmpty()) {
        continue;
      }
      String token = UUID.randomUUID().toString();
      List<Document> documents = claim(collection, candidates, token);
      if (!documents.isEmpty()) {
        count += relay(collection, documents, token);
      }
    }
    return count;
  }

  /** Ids of up to a batch of documents with entries that no live claim holds. */
  private List<Object> unclaimedWithEntries(String collection) {
    Query query = Query.query(Criteria.where(ENTRY_ID).exists(true).andOperator(unclaimed()));
    query.limit(batchSize).fields().include("_id");
    return mongo.find(query, Document.class, collection).stream().map(d -> d.get("_id")).toList();
  }

  private static Criteria unclaimed() {
    return new Criteria()
        .orOperator(
            Criteria.where(AggregateStore.OUTBOX_CLAIM).exists(false),
            Criteria.where(CLAIM_UNTIL).lt(new Date()));
  }

  /**
   * Claims those of {@code ids} that have entries and no live claim, then reads the outboxes of
   * exactly the documents this round claimed.
   */
  private List<Document> claim(String collection, List<Object> ids, String token) {
    Date until = Date.from(Instant.now().plus(CLAIM_LEASE));
    mongo.updateMulti(
        Query.query(
            Criteria.where("_id").in(ids).and(ENTRY_ID).exists(true).andOperator(unclaimed())),
        new Update()
            .set(AggregateStore.OUTBOX_CLAIM, new Document("token", token).append("until", until)),
        collection);
    Query claimed = Query.query(Criteria.where("_id").in(ids).and(CLAIM_TOKEN).is(token));
    claimed.fields().include(AggregateStore.OUTBOX);
    return mongo.find(claimed, Document.class, collection);
  }

  /**
   * Sends, then in one bulk write removes what was sent and releases every claim of the round (a
   * document whose send failed is free for the next round at once).
   */
  private int relay(String collection, List<Document> documents, String token) {
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
      Document release = new Document("$unset", new Document(AggregateStore.OUTBOX_CLAIM, ""));
      if (!sent.isEmpty()) {
        release.append(
            "$pull",
            new Document(AggregateStore.OUTBOX, new Document("id", new Document("$in", sent))));
        count += sent.size();
      }
      removals.add(
          new UpdateOneModel<>(
              new Document("_id", documents.get(i).get("_id")).append(CLAIM_TOKEN, token),
              release));
    }
    mongo.getCollection(collection).bulkWrite(removals, new BulkWriteOptions().ordered(false));
    published.increment(count);
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
