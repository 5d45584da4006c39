package org.ybjg.inspection.roster;

import jakarta.annotation.PostConstruct;
import java.util.Collection;
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
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.roster.domain.Inspector;
import org.ybjg.inspection.roster.domain.InspectorRole;

/** The roster in collection {@code inspectors}. */
@Repository
public class Inspectors {

  public static final String COLLECTION = "inspectors";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  public Inspectors(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @PostConstruct
  void ensureIndexes() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC).named("regionPath"));
    indexes.createIndex(
        new Index()
            .on("certificateNumber", Sort.Direction.ASC)
            .unique()
            .sparse()
            .named("certificateNumber_unique"));
    indexes.createIndex(
        new Index()
            .on("requestKey", Sort.Direction.ASC)
            .unique()
            .sparse()
            .named("requestKey_unique"));
  }

  /** One write; a clash on certificate number or request key surfaces as a duplicate-key error. */
  public void insert(Inspector inspector) {
    store.insert(COLLECTION, inspector, List.of());
  }

  public Optional<Inspector> findByRequestKey(String requestKey) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("requestKey").is(requestKey)), Inspector.class, COLLECTION));
  }

  public boolean certificateExists(String certificateNumber) {
    return mongo.exists(
        Query.query(Criteria.where("certificateNumber").is(certificateNumber)), COLLECTION);
  }

  /**
   * Whether {@code username} is the platform account of one of {@code inspectorIds} (a task's
   * team).
   */
  public boolean anyHasAccount(Collection<String> inspectorIds, String username) {
    if (username == null || inspectorIds.isEmpty()) {
      return false;
    }
    return mongo.exists(
        Query.query(Criteria.where("_id").in(inspectorIds).and("account").is(username)),
        COLLECTION);
  }

  /** Every inspector whose home county lies in any of {@code regions}, unsorted. */
  public List<Inspector> within(Collection<String> regions) {
    return mongo.find(
        Query.query(Criteria.where(RegionScope.REGION_PATH).in(regions)),
        Inspector.class,
        COLLECTION);
  }

  /** Inspectors whose home county lies in {@code region}, oldest registration first. */
  public PageOf<Inspector> search(String region, InspectorRole role, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(region);
    if (role != null) {
      criteria.and("role").is(role.name());
    }
    return PageOf.find(
        mongo, Query.query(criteria), Sort.by("_id"), page, size, Inspector.class, COLLECTION);
  }
}
