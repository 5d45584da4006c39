package org.ybjg.inspection.crosscheck;

import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.crosscheck.domain.CountyPairing;
import org.ybjg.inspection.crosscheck.domain.PairingStatus;

/** Pairings in collection {@code cross_check_pairings}; fixing is one versioned write. */
@Repository
public class CrossCheckPairings {

  public static final String COLLECTION = "cross_check_pairings";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  CrossCheckPairings(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @PostConstruct
  void ensureIndexes() {
    mongo
        .indexOps(COLLECTION)
        .createIndex(
            new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC).named("regionPath"));
  }

  public void insert(CountyPairing pairing) {
    store.insert(COLLECTION, pairing, List.of());
  }

  /**
   * Replaces the pairing if still at {@code expectedVersion} (a concurrent ceremony loses with
   * 409).
   */
  public void update(CountyPairing pairing, long expectedVersion) {
    store.update(COLLECTION, pairing.id(), expectedVersion, pairing, List.of(), null);
  }

  /**
   * Whether a pairing fixed by lot sends {@code inspectingCounty}'s officers to {@code
   * inspectedCounty}.
   */
  public boolean fixedPair(String inspectedCounty, String inspectingCounty) {
    Query query =
        Query.query(
            Criteria.where("status")
                .is(PairingStatus.FIXED.name())
                .and("counties")
                .all(inspectedCounty, inspectingCounty));
    return mongo.find(query, CountyPairing.class, COLLECTION).stream()
        .flatMap(p -> p.pairs().stream())
        .anyMatch(
            pair ->
                pair.inspectedCounty().equals(inspectedCounty)
                    && pair.inspectingCounty().equals(inspectingCounty));
  }

  public Optional<CountyPairing> find(String id) {
    return Optional.ofNullable(mongo.findById(id, CountyPairing.class, COLLECTION));
  }
}
