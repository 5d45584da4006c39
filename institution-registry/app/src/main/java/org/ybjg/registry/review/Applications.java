package org.ybjg.registry.review;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.review.domain.Application;
import org.ybjg.registry.review.domain.ApplicationStatus;

/**
 * The {@code applications} collection: each step of an application (with its audit entry) is one
 * document write.
 */
@Component
class Applications implements InitializingBean {

  static final String COLLECTION = "applications";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  Applications(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index()
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .on("submittedAt", Sort.Direction.DESC)
            .named("regionPath_submittedAt"));
    indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
    indexes.createIndex(new Index().on("nationalCode", Sort.Direction.ASC).named("nationalCode"));
  }

  Optional<Application> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Application.class, COLLECTION));
  }

  /** An application for the national code still open (not rejected, not filed). */
  boolean openFor(String nationalCode) {
    return mongo.exists(
        Query.query(
            Criteria.where("nationalCode")
                .is(nationalCode)
                .and("status")
                .in(
                    ApplicationStatus.SUBMITTED.name(),
                    ApplicationStatus.UNDER_REVIEW.name(),
                    ApplicationStatus.APPROVED.name())),
        COLLECTION);
  }

  void insert(Application application) {
    store.insert(COLLECTION, application, List.of());
  }

  /** Throws OptimisticLockingFailureException if someone else changed it meanwhile. */
  void update(Application before, Application after) {
    store.update(COLLECTION, before.id(), before.version(), after, List.of(), null);
  }

  Page list(String region, ApplicationStatus status, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(region);
    if (status != null) {
      criteria = criteria.and("status").is(status.name());
    }
    Query query = Query.query(criteria);
    long total = mongo.count(query, Application.class, COLLECTION);
    query
        .with(Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.asc("id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, Application.class, COLLECTION), page, size, total);
  }

  record Page(List<Application> items, int page, int size, long total) {}
}
