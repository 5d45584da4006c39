package org.ybjg.registry.evaluation;

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
import org.ybjg.registry.evaluation.domain.AnnualEvaluation;

/**
 * The {@code evaluations} collection: one document per institution and year, written through {@link
 * AggregateStore} with the id of the decision event it counts in {@code processedEvents}, in the
 * same write, so a redelivered decision is counted once.
 */
@Component
public class Evaluations implements InitializingBean {

  public static final String COLLECTION = "evaluations";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  Evaluations(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC).named("regionPath"));
    indexes.createIndex(new Index().on("institutionId", Sort.Direction.ASC).named("institutionId"));
    indexes.createIndex(new Index().on("year", Sort.Direction.ASC).named("year"));
  }

  public Optional<AnnualEvaluation> find(String institutionId, int year) {
    return Optional.ofNullable(
        mongo.findById(
            AnnualEvaluation.idOf(institutionId, year), AnnualEvaluation.class, COLLECTION));
  }

  /** The institution's evaluations, newest year first. */
  public List<AnnualEvaluation> ofInstitution(String institutionId) {
    return mongo.find(
        Query.query(Criteria.where("institutionId").is(institutionId))
            .with(Sort.by(Sort.Order.desc("year"))),
        AnnualEvaluation.class,
        COLLECTION);
  }

  /**
   * A page of the evaluations under {@code region} (of one year if given), newest year first, then
   * by name.
   */
  public Page list(String region, Integer year, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(region);
    if (year != null) {
      criteria = criteria.and("year").is(year);
    }
    Query query = Query.query(criteria);
    long total = mongo.count(query, AnnualEvaluation.class, COLLECTION);
    query
        .with(
            Sort.by(
                Sort.Order.desc("year"), Sort.Order.asc("institutionName"), Sort.Order.asc("_id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, AnnualEvaluation.class, COLLECTION), page, size, total);
  }

  /**
   * Stores {@code after} with {@code eventId} recorded: inserted if {@code before} was never stored
   * (version 0; a concurrent insert surfaces as DuplicateKeyException), else replaced if still at
   * its version.
   */
  void save(AnnualEvaluation before, AnnualEvaluation after, String eventId) {
    if (before.version() == 0) {
      store.insert(COLLECTION, after, List.of(), eventId);
    } else {
      store.update(COLLECTION, before.id(), before.version(), after, List.of(), eventId);
    }
  }

  public record Page(List<AnnualEvaluation> items, int page, int size, long total) {}
}
