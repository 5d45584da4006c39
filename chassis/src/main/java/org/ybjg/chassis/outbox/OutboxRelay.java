package org.ybjg.chassis.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
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
 */
public class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final String ENTRY_ID = AggregateStore.OUTBOX + ".id";

  private final MongoTemplate mongo;
  private final KafkaTemplate<String, String> kafka;
  private final List<String> collections;
  private final int batchSize;
  private final Counter published;

  public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
      int batchSize, MeterRegistry meters) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.collections = List.copyOf(collections);
    this.batchSize = batchSize;
    this.published = Counter.builder("ybjg.outbox.published").description("events relayed to Kafka")
        .register(meters);
  }

  /** The pending-outbox query must not scan whole collections. */
  public void ensureIndexes() {
    collections.forEach(collection ->
        mongo.indexOps(collection).createIndex(new Index().on(ENTRY_ID, Sort.Direction.ASC).sparse()));
  }

  /** One relay round over every collection; returns how many events were published. */
  public int relayPending() {
    int count = 0;
    for (String collection : collections) {
      Query pending = Query.query(Criteria.where(ENTRY_ID).exists(true)).limit(batchSize);
      pending.fields().include(AggregateStore.OUTBOX);
      for (Document document : mongo.find(pending, Document.class, collection)) {
        count += relayDocument(collection, document);
      }
    }
    return count;
  }

  private int relayDocument(String collection, Document document) {
    List<Document> outbox = document.getList(AggregateStore.OUTBOX, Document.class, List.of());
    List<String> sent = new ArrayList<>();
    for (Document entry : outbox) {
      try {
        kafka.send(entry.getString("topic"), entry.getString("key"), entry.getString("envelope"))
            .get(10, TimeUnit.SECONDS);
        sent.add(entry.getString("id"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        log.warn("outbox relay could not publish {} from {} {}; will retry", entry.getString("id"),
            collection, document.get("_id"), e);
        break;
      }
    }
    if (!sent.isEmpty()) {
      mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
          new Update().pull(AggregateStore.OUTBOX, Query.query(Criteria.where("id").in(sent)).getQueryObject()),
          collection);
      published.increment(sent.size());
    }
    return sent.size();
  }
}
