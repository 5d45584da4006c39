package org.ybjg.chassis.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;

/**
 * Saves an aggregate and the events its change caused in ONE single-document write: the events go
 * into the document's {@code outbox} array, which the {@link OutboxRelay} drains. No multi-document
 * transaction is needed, so this works on any MongoDB deployment (and on the embedded server).
 *
 * <p>Aggregates carry a {@code version} field; an update names the version it read and fails with
 * {@link OptimisticLockingFailureException} if someone else wrote in between. An event consumer may
 * pass the id of the event it is applying: it is recorded in {@code processedEvents} in the same
 * write, which is what makes redelivery harmless.
 */
public class AggregateStore {

  public static final String OUTBOX = "outbox";
  public static final String PROCESSED_EVENTS = "processedEvents";

  /** The {@link OutboxRelay}'s claim on a document's outbox while it relays it. */
  public static final String OUTBOX_CLAIM = "outboxClaim";

  private static final Set<String> MANAGED =
      Set.of("_id", OUTBOX, PROCESSED_EVENTS, OUTBOX_CLAIM, "_class");

  private final MongoTemplate mongo;
  private final Events events;
  private final PendingOutboxes pending;

  public AggregateStore(MongoTemplate mongo, Events events) {
    this(mongo, events, new PendingOutboxes());
  }

  /**
   * With {@code pending}, every stored outbox entry is also hinted to the relay of this process.
   */
  public AggregateStore(MongoTemplate mongo, Events events, PendingOutboxes pending) {
    this.mongo = mongo;
    this.events = events;
    this.pending = pending;
  }

  /** Inserts a new aggregate; a unique-index clash surfaces as Spring's DuplicateKeyException. */
  public void insert(String collection, Object aggregate, List<Outgoing> outgoing) {
    insert(collection, aggregate, outgoing, null);
  }

  public void insert(
      String collection, Object aggregate, List<Outgoing> outgoing, String processedEventId) {
    Document document = toDocument(aggregate);
    document.put(OUTBOX, entries(outgoing));
    document.put(
        PROCESSED_EVENTS, processedEventId == null ? List.of() : List.of(processedEventId));
    try {
      mongo.getCollection(collection).insertOne(document);
    } catch (RuntimeException e) {
      DataAccessException translated =
          mongo.getExceptionTranslator().translateExceptionIfPossible(e);
      throw translated != null ? translated : e;
    }
    if (!outgoing.isEmpty()) {
      pending.add(collection, document.get("_id"));
    }
  }

  /**
   * Replaces the aggregate's fields if its stored version is still {@code expectedVersion}, and
   * appends the events. The outbox is appended to, never rewritten, so a concurrent relay's removal
   * of published entries is never undone.
   */
  public void update(
      String collection,
      String id,
      long expectedVersion,
      Object aggregate,
      List<Outgoing> outgoing,
      String processedEventId) {
    Update update = new Update();
    Document document = toDocument(aggregate);
    document.forEach(
        (field, value) -> {
          if (!MANAGED.contains(field)) {
            update.set(field, value);
          }
        });
    // The converter leaves null properties out; a property that became null must not keep its old
    // value.
    MongoPersistentEntity<?> entity =
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
    entity.doWithProperties(
        (PropertyHandler<MongoPersistentProperty>)
            property -> {
              if (!document.containsKey(property.getFieldName())
                  && !MANAGED.contains(property.getFieldName())) {
                update.unset(property.getFieldName());
              }
            });
    if (!outgoing.isEmpty()) {
      update.push(OUTBOX).each(entries(outgoing).toArray());
    }
    if (processedEventId != null) {
      update.addToSet(PROCESSED_EVENTS, processedEventId);
    }
    Query current = Query.query(Criteria.where("_id").is(id).and("version").is(expectedVersion));
    Document previous =
        mongo.findAndModify(
            current,
            update,
            FindAndModifyOptions.options().returnNew(false),
            Document.class,
            collection);
    if (previous == null) {
      throw new OptimisticLockingFailureException(
          collection
              + " "
              + id
              + " was changed by someone else (expected version "
              + expectedVersion
              + ")");
    }
    if (!outgoing.isEmpty()) {
      pending.add(collection, id);
    }
  }

  /** Whether a consumer already applied this event to this aggregate. */
  public boolean alreadyProcessed(String collection, String id, String eventId) {
    return mongo.exists(
        Query.query(Criteria.where("_id").is(id).and(PROCESSED_EVENTS).is(eventId)), collection);
  }

  /**
   * Limits {@code query} to the fields of {@code type}, leaving the outbox and processed-event ids
   * on the server. An inclusion rather than an exclusion of those two: a server may answer an
   * exclusion by copying each whole document first (the embedded one deep-copies it), an inclusion
   * copies only what is named.
   */
  public static Query stateOnly(MongoTemplate mongo, Query query, Class<?> type) {
    List<String> fields = new ArrayList<>(List.of("_class"));
    mongo
        .getConverter()
        .getMappingContext()
        .getRequiredPersistentEntity(type)
        .doWithProperties(
            (PropertyHandler<MongoPersistentProperty>)
                property -> fields.add(property.getFieldName()));
    fields.forEach(query.fields()::include);
    return query;
  }

  private Document toDocument(Object aggregate) {
    Document document = new Document();
    mongo.getConverter().write(aggregate, document);
    document.remove("_class");
    return document;
  }

  private List<Document> entries(List<Outgoing> outgoing) {
    Date now = Date.from(Instant.now());
    return outgoing.stream()
        .map(
            out -> {
              EventEnvelope envelope = out.envelope();
              return entry(
                  out.topic(),
                  out.key(),
                  new Events.Serialized(envelope.id(), envelope.type(), events.serialize(envelope)),
                  now);
            })
        .toList();
  }

  /**
   * One outbox entry as {@link OutboxRelay} reads it: the event {@code envelope} to publish on
   * {@code topic} under {@code key}. Public for bulk writers that build their documents themselves.
   */
  public static Document entry(
      String topic, String key, Events.Serialized envelope, Date storedAt) {
    return new Document("id", envelope.id())
        .append("topic", topic)
        .append("key", key)
        .append("type", envelope.type())
        .append("envelope", envelope.json())
        .append("storedAt", storedAt);
  }

  /**
   * An event to publish on {@code topic} under {@code key} (the partitioning key, e.g. institution
   * id).
   */
  public record Outgoing(String topic, String key, EventEnvelope envelope) {}
}
