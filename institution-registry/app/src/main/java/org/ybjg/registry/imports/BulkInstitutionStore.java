package org.ybjg.registry.imports;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.outbox.PendingOutboxes;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.institution.InstitutionChangedEvents;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Batch writes of institutions for bulk imports, keeping the {@link AggregateStore} contract: every stored
 * state carries its {@code registry.institution-changed.v1} event in the document's {@code outbox} (same
 * entry format, so the chassis relay publishes it), one write per document, optimistic version check on
 * updates. What differs is the round trips: one {@code insertMany} and one {@code bulkWrite} per batch instead
 * of one call per institution. (Proposed for the chassis as {@code AggregateStore.insertAll/updateAll}.)
 */
@Component
public class BulkInstitutionStore {

  private static final Set<String> MANAGED = Set.of("_id", AggregateStore.OUTBOX, AggregateStore.PROCESSED_EVENTS,
      "_class");

  private final MongoTemplate mongo;
  private final InstitutionChangedEvents changedEvents;
  private final Events events;
  private final PendingOutboxes pending;

  BulkInstitutionStore(MongoTemplate mongo, InstitutionChangedEvents changedEvents, Events events,
      PendingOutboxes pending) {
    this.mongo = mongo;
    this.changedEvents = changedEvents;
    this.events = events;
    this.pending = pending;
  }

  /** The institutions with these national codes (one query), by national code. */
  public Map<String, Loaded> findByNationalCodes(Collection<String> nationalCodes) {
    return index(find(Criteria.where("nationalCode").in(nationalCodes)), true);
  }

  /** The institutions with these ids (one query), by id. */
  public Map<String, Loaded> findByIds(Collection<String> ids) {
    return index(find(Criteria.where("_id").in(ids)), false);
  }

  /** Where the institutions with these national codes lie (one query, four fields each), by national code. */
  public Map<String, Location> locate(Collection<String> nationalCodes) {
    Query query = Query.query(Criteria.where("nationalCode").in(nationalCodes));
    query.fields().include("nationalCode", "countyCode", RegionScope.REGION_PATH);
    Map<String, Location> located = new HashMap<>(nationalCodes.size() * 2);
    for (Document document : mongo.find(query, Document.class, Institutions.COLLECTION)) {
      located.put(document.getString("nationalCode"), new Location(document.getString("_id"),
          document.getString("nationalCode"), document.getString("countyCode"),
          document.getList(RegionScope.REGION_PATH, String.class)));
    }
    return located;
  }

  private List<Loaded> find(Criteria criteria) {
    Query query = Query.query(criteria);
    query.fields().exclude(AggregateStore.OUTBOX).exclude(AggregateStore.PROCESSED_EVENTS);
    return mongo.find(query, Document.class, Institutions.COLLECTION).stream()
        .map(document -> new Loaded(mongo.getConverter().read(Institution.class, document), document))
        .toList();
  }

  private static Map<String, Loaded> index(List<Loaded> found, boolean byNationalCode) {
    Map<String, Loaded> indexed = new HashMap<>(found.size() * 2);
    found.forEach(l -> indexed.put(byNationalCode ? l.institution().nationalCode() : l.institution().id(), l));
    return indexed;
  }

  /**
   * Inserts new institutions, each with the event of its state, in one unordered {@code insertMany}. Answers
   * the national codes that clashed with an institution stored meanwhile (unique index); the others are stored.
   */
  public Set<String> insertAll(List<Institution> institutions) {
    if (institutions.isEmpty()) {
      return Set.of();
    }
    Date now = new Date();
    List<Document> documents = new ArrayList<>(institutions.size());
    for (Institution institution : institutions) {
      Document document = toDocument(institution);
      document.put(AggregateStore.OUTBOX, List.of(outboxEntry(institution, now)));
      document.put(AggregateStore.PROCESSED_EVENTS, List.of());
      documents.add(document);
    }
    try {
      mongo.getCollection(Institutions.COLLECTION).insertMany(documents, new InsertManyOptions().ordered(false));
      hint(institutions);
      return Set.of();
    } catch (MongoBulkWriteException e) {
      hint(institutions); // the clashed ones were not stored: harmless hints
      Set<String> clashed = new HashSet<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        clashed.add(institutions.get(error.getIndex()).nationalCode());
      }
      return clashed;
    }
  }

  /**
   * Stores each {@code after} state if its institution is still at {@code before}'s version, appending the
   * state's event to the outbox, in one unordered {@code bulkWrite}. Answers the ids that were changed by
   * someone else in between (not written).
   */
  public Set<String> updateAll(List<Transition> transitions) {
    if (transitions.isEmpty()) {
      return Set.of();
    }
    Date now = new Date();
    List<WriteModel<Document>> updates = new ArrayList<>(transitions.size());
    for (Transition transition : transitions) {
      // Only the fields that changed: the version filter guarantees the stored document is still the one read,
      // and every field $set costs the store a copy and a comparison (a fund-payment republish changes 4 of ~25
      // fields). Compared with the document as read, which spares converting `before` back.
      Document set = new Document();
      Document unset = new Document();
      Document push = new Document(AggregateStore.OUTBOX,
          new Document("$each", List.of(outboxEntry(transition.after(), now))));
      Document previous = transition.before().document();
      Document state = toDocument(transition.after());
      state.forEach((field, value) -> {
        Object was = previous.get(field);
        if (MANAGED.contains(field) || Objects.equals(was, value)) {
          return;
        }
        if (was instanceof List<?> before && value instanceof List<?> after && after.size() > before.size()
            && after.subList(0, before.size()).equals(before)) {
          // an appended history entry travels alone instead of the whole history
          push.put(field, new Document("$each", after.subList(before.size(), after.size())));
        } else {
          set.put(field, value);
        }
      });
      previous.keySet().forEach(field -> {
        if (!state.containsKey(field) && !MANAGED.contains(field)) {
          unset.put(field, "");
        }
      });
      Document update = new Document("$push", push);
      if (!set.isEmpty()) {
        update.append("$set", set);
      }
      if (!unset.isEmpty()) {
        update.append("$unset", unset);
      }
      Institution before = transition.before().institution();
      updates.add(new UpdateOneModel<>(new Document("_id", before.id()).append("version", before.version()), update));
    }
    BulkWriteResult result = mongo.getCollection(Institutions.COLLECTION)
        .bulkWrite(updates, new BulkWriteOptions().ordered(false));
    hint(transitions.stream().map(Transition::after).toList());
    if (result.getMatchedCount() == transitions.size()) {
      return Set.of();
    }
    Map<String, Loaded> stored = findByIds(transitions.stream().map(t -> t.after().id()).toList());
    Set<String> clashed = new HashSet<>();
    for (Transition transition : transitions) {
      Loaded current = stored.get(transition.after().id());
      if (current == null || current.institution().version() != transition.after().version()
          || !current.institution().lastChange().equals(transition.after().lastChange())) {
        clashed.add(transition.after().id());
      }
    }
    return clashed;
  }

  /** Tells this process's outbox relay where the new events are, as {@link AggregateStore} does. */
  private void hint(List<Institution> written) {
    written.forEach(institution -> pending.add(Institutions.COLLECTION, institution.id()));
  }

  private Document toDocument(Institution institution) {
    Document document = new Document();
    mongo.getConverter().write(institution, document);
    document.remove("_class");
    return document;
  }

  /** The same entry {@link AggregateStore} writes, so the chassis relay drains it. */
  private Document outboxEntry(Institution state, Date storedAt) {
    AggregateStore.Outgoing out = changedEvents.outgoing(state);
    EventEnvelope envelope = out.envelope();
    return new Document("id", envelope.id())
        .append("topic", out.topic())
        .append("key", out.key())
        .append("type", envelope.type())
        .append("envelope", events.serialize(envelope))
        .append("storedAt", storedAt);
  }

  /** An institution as read, with the stored document it was read from (without outbox and processed events). */
  public record Loaded(Institution institution, Document document) {}

  /** The id and place of an institution, for imports that only attach data to it. */
  public record Location(String id, String nationalCode, String countyCode, List<String> regionPath) {}

  /** An institution as read ({@code before}) and its next state {@code after}. */
  public record Transition(Loaded before, Institution after) {}
}
