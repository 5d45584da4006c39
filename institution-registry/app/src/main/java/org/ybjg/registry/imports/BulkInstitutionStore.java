package org.ybjg.registry.imports;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.outbox.PendingOutboxes;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.institution.InstitutionChangedEvents;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Batch writes of institutions for bulk imports, keeping the {@link AggregateStore} contract: every
 * stored state carries its {@code registry.institution-changed.v1} event in the document's {@code
 * outbox} (same entry format, so the chassis relay publishes it), one write per document,
 * optimistic version check on updates. What differs is the round trips: one {@code insertMany} and
 * one {@code bulkWrite} per batch instead of one call per institution. (Proposed for the chassis as
 * {@code AggregateStore.insertAll/updateAll}.)
 */
@Component
public class BulkInstitutionStore {

  /** The institution's properties an update may change (not its id). */
  private static final List<RecordComponent> PROPERTIES =
      Arrays.stream(Institution.class.getRecordComponents())
          .filter(property -> !property.getName().equals("id"))
          .toList();

  private final MongoTemplate mongo;
  private final InstitutionChangedEvents changedEvents;
  private final PendingOutboxes pending;

  BulkInstitutionStore(
      MongoTemplate mongo, InstitutionChangedEvents changedEvents, PendingOutboxes pending) {
    this.mongo = mongo;
    this.changedEvents = changedEvents;
    this.pending = pending;
  }

  /** The institutions with these national codes (one query), by national code. */
  public Map<String, Institution> findByNationalCodes(Collection<String> nationalCodes) {
    return index(find(Criteria.where("nationalCode").in(nationalCodes)), true);
  }

  /** The institutions with these ids (one query), by id. */
  public Map<String, Institution> findByIds(Collection<String> ids) {
    return index(find(Criteria.where("_id").in(ids)), false);
  }

  /**
   * Where the institutions with these national codes lie (one query, four fields each), by national
   * code.
   */
  public Map<String, Location> locate(Collection<String> nationalCodes) {
    Query query = Query.query(Criteria.where("nationalCode").in(nationalCodes));
    query.fields().include("nationalCode", "countyCode", RegionScope.REGION_PATH);
    Map<String, Location> located = new HashMap<>(nationalCodes.size() * 2);
    for (Document document : mongo.find(query, Document.class, Institutions.COLLECTION)) {
      located.put(
          document.getString("nationalCode"),
          new Location(
              document.getString("_id"),
              document.getString("nationalCode"),
              document.getString("countyCode"),
              document.getList(RegionScope.REGION_PATH, String.class)));
    }
    return located;
  }

  private List<Institution> find(Criteria criteria) {
    Query query = AggregateStore.stateOnly(mongo, Query.query(criteria), Institution.class);
    return mongo.find(query, Institution.class, Institutions.COLLECTION);
  }

  private static Map<String, Institution> index(List<Institution> found, boolean byNationalCode) {
    Map<String, Institution> indexed = new HashMap<>(found.size() * 2);
    found.forEach(i -> indexed.put(byNationalCode ? i.nationalCode() : i.id(), i));
    return indexed;
  }

  /**
   * Inserts new institutions, each with the event of its state, in one unordered {@code
   * insertMany}. Answers the national codes that clashed with an institution stored meanwhile
   * (unique index); the others are stored.
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
      mongo
          .getCollection(Institutions.COLLECTION)
          .insertMany(documents, new InsertManyOptions().ordered(false));
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
   * Stores each {@code after} state if its institution is still at {@code before}'s version,
   * appending the state's event to the outbox, in one unordered {@code bulkWrite}. Answers the ids
   * that were changed by someone else in between (not written).
   */
  public Set<String> updateAll(List<Transition> transitions) {
    if (transitions.isEmpty()) {
      return Set.of();
    }
    Date now = new Date();
    List<WriteModel<Document>> updates = new ArrayList<>(transitions.size());
    for (Transition transition : transitions) {
      Institution before = transition.before();
      updates.add(
          new UpdateOneModel<>(
              new Document("_id", before.id()).append("version", before.version()),
              changes(before, transition.after(), outboxEntry(transition.after(), now))));
    }
    BulkWriteResult result =
        mongo
            .getCollection(Institutions.COLLECTION)
            .bulkWrite(updates, new BulkWriteOptions().ordered(false));
    hint(transitions.stream().map(Transition::after).toList());
    if (result.getMatchedCount() == transitions.size()) {
      return Set.of();
    }
    Map<String, Institution> stored =
        findByIds(transitions.stream().map(t -> t.after().id()).toList());
    Set<String> clashed = new HashSet<>();
    for (Transition transition : transitions) {
      Institution current = stored.get(transition.after().id());
      if (current == null
          || current.version() != transition.after().version()
          || !current.lastChange().equals(transition.after().lastChange())) {
        clashed.add(transition.after().id());
      }
    }
    return clashed;
  }

  /**
   * The update from {@code before} to {@code after}: only the properties that changed, each
   * converted on its own (a fund-payment republish changes 4 of ~16, and converting the whole
   * institution cost more than writing it), an appended history entry pushed rather than the whole
   * history set again, and the state's event pushed to the outbox. Property names are the stored
   * field names (the domain records carry no mapping annotations).
   */
  private Document changes(Institution before, Institution after, Document event) {
    Document set = new Document();
    Document unset = new Document();
    Document push = new Document(AggregateStore.OUTBOX, new Document("$each", List.of(event)));
    for (RecordComponent property : PROPERTIES) {
      Object was = value(property, before);
      Object now = value(property, after);
      if (Objects.equals(was, now)) {
        continue;
      }
      if (now == null) {
        unset.put(property.getName(), "");
      } else if (was instanceof List<?> wasList
          && now instanceof List<?> nowList
          && nowList.size() > wasList.size()
          && nowList.subList(0, wasList.size()).equals(wasList)) {
        push.put(
            property.getName(),
            new Document(
                "$each",
                mongo
                    .getConverter()
                    .convertToMongoType(nowList.subList(wasList.size(), nowList.size()))));
      } else {
        set.put(property.getName(), mongo.getConverter().convertToMongoType(now));
      }
    }
    Document update = new Document("$push", push);
    if (!set.isEmpty()) {
      update.append("$set", set);
    }
    if (!unset.isEmpty()) {
      update.append("$unset", unset);
    }
    return update;
  }

  private static Object value(RecordComponent property, Institution institution) {
    try {
      return property.getAccessor().invoke(institution);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + property.getName(), e);
    }
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
    return AggregateStore.entry(
        InstitutionChangedEvents.TYPE.topic(),
        state.id(),
        changedEvents.serialized(state),
        storedAt);
  }

  /** The id and place of an institution, for imports that only attach data to it. */
  public record Location(
      String id, String nationalCode, String countyCode, List<String> regionPath) {}

  /** An institution as read ({@code before}) and its next state {@code after}. */
  public record Transition(Institution before, Institution after) {}
}
