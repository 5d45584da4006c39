package org.ybjg.inspection.roster.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.roster.Inspectors;
import org.ybjg.inspection.roster.domain.Inspector;
import org.ybjg.inspection.roster.domain.Specialty;
import org.ybjg.inspection.roster.imports.domain.InspectorRows;
import org.ybjg.inspection.roster.imports.domain.RosterKey;

/**
 * The roster as an import sees it: the entries by the key rows match them with, insert a new entry,
 * or change the imported fields of an existing one in one versioned write (the rest of the entry —
 * who registered it, its other data — stays as it is).
 */
@Component
class RosterEntries {

  private final MongoTemplate mongo;
  private final AggregateStore store;

  RosterEntries(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  /**
   * The whole roster keyed as imports match it, read once per job (one scan instead of one query
   * per row; the embedded store cannot index the name-and-employer key).
   */
  Map<RosterKey, List<Inspector>> byKey() {
    Map<RosterKey, List<Inspector>> index = new HashMap<>();
    try (Stream<Inspector> all =
        mongo.stream(new Query(), Inspector.class, Inspectors.COLLECTION)) {
      all.forEach(
          inspector ->
              index.computeIfAbsent(keyOf(inspector), k -> new ArrayList<>(1)).add(inspector));
    }
    return index;
  }

  static RosterKey keyOf(Inspector inspector) {
    return RosterKey.of(
        inspector.certificateNumber(),
        inspector.name(),
        inspector.employer(),
        inspector.homeCountyCode());
  }

  /** One write; a clash on the certificate number surfaces as a duplicate-key error. */
  void insert(Inspector inspector) {
    store.insert(Inspectors.COLLECTION, inspector, List.of());
  }

  /**
   * Sets the imported fields of {@code existing} to those of {@code imported} if it is still at its
   * version: the required ones always, the optional ones only where the row carries them.
   *
   * @return false when someone changed the entry meanwhile
   */
  boolean update(Inspector existing, Inspector imported, InspectorRows.Validated row) {
    Update update =
        new Update()
            .set("name", imported.name())
            .set("role", imported.role().name())
            .set("homeCountyCode", imported.homeCountyCode())
            .set(RegionScope.REGION_PATH, imported.regionPath())
            .inc("version", 1);
    setOrUnset(update, "certificateNumber", imported.certificateNumber());
    if (row.carries(InspectorRows.Optional.SPECIALTIES)) {
      update.set("specialties", imported.specialties().stream().map(Specialty::name).toList());
    }
    if (row.carries(InspectorRows.Optional.CERTIFICATE_VALID_UNTIL)) {
      setOrUnset(update, "certificateValidUntil", imported.certificateValidUntil());
    }
    if (row.carries(InspectorRows.Optional.EMPLOYER)) {
      setOrUnset(update, "employer", imported.employer());
    }
    Query current =
        Query.query(Criteria.where("_id").is(existing.id()).and("version").is(existing.version()));
    return mongo.updateFirst(current, update, Inspectors.COLLECTION).getModifiedCount() == 1;
  }

  private static void setOrUnset(Update update, String field, Object value) {
    if (value == null) {
      update.unset(field);
    } else {
      update.set(field, value);
    }
  }
}
