package org.ybjg.chassis.consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.ybjg.chassis.outbox.AggregateStore;

/**
 * Idempotent upserts for read models and replicas: the event id is recorded in the same write as
 * the effect, and a document that already recorded it is not matched, so redelivery changes
 * nothing.
 */
public class ProcessedOnce {

  private final MongoTemplate mongo;

  public ProcessedOnce(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Applies {@code update} to document {@code id} (creating it if needed) unless {@code eventId}
   * was applied.
   */
  public boolean upsert(String collection, Object id, String eventId, Update update) {
    Query notYetApplied =
        Query.query(Criteria.where("_id").is(id).and(AggregateStore.PROCESSED_EVENTS).ne(eventId));
    update.addToSet(AggregateStore.PROCESSED_EVENTS, eventId);
    try {
      mongo.upsert(notYetApplied, update, collection);
      return true;
    } catch (DuplicateKeyException alreadyApplied) {
      // The document exists but was not matched: it already holds this event id.
      return false;
    }
  }
}
