package org.ybjg.registry.filing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.filing.domain.AnnualFiling;
import org.ybjg.registry.filing.domain.FilingStatus;

/**
 * The {@code filings} collection: one document per institution and year ({@code _id} = institution
 * id and year, so a second filing of a year cannot be stored), written through {@link
 * AggregateStore} with a version check.
 */
@Component
public class Filings implements InitializingBean {

  public static final String COLLECTION = "filings";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  Filings(MongoTemplate mongo, AggregateStore store) {
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
    indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
  }

  public Optional<AnnualFiling> find(String institutionId, int year) {
    return Optional.ofNullable(
        mongo.findById(AnnualFiling.idOf(institutionId, year), AnnualFiling.class, COLLECTION));
  }

  /** The institution's filings, newest year first. */
  public List<AnnualFiling> ofInstitution(String institutionId) {
    return mongo.find(
        Query.query(Criteria.where("institutionId").is(institutionId))
            .with(Sort.by(Sort.Order.desc("year"))),
        AnnualFiling.class,
        COLLECTION);
  }

  /** Ids of the institutions that have a filing document for {@code year}. */
  Set<String> institutionsWithFiling(int year) {
    Query query = Query.query(Criteria.where("year").is(year));
    query.fields().include("institutionId");
    Set<String> ids = new HashSet<>();
    mongo
        .find(query, org.bson.Document.class, COLLECTION)
        .forEach(d -> ids.add(d.getString("institutionId")));
    return ids;
  }

  /**
   * Marks every stored DUE filing whose deadline has passed MISSING, flagged at {@code at}, in one
   * multi-document update (each document changes atomically; the rule is {@link
   * AnnualFiling#markMissingIfOverdue}).
   *
   * @return how many filings were flagged
   */
  long markOverdueMissing(LocalDate today, java.time.Instant at) {
    Query overdue =
        Query.query(Criteria.where("status").is(FilingStatus.DUE.name()).and("deadline").lt(today));
    Update update =
        new Update()
            .set("status", FilingStatus.MISSING.name())
            .set("flaggedMissingAt", at)
            .inc("version", 1);
    return mongo.updateMulti(overdue, update, COLLECTION).getModifiedCount();
  }

  /**
   * A page of the filings under {@code region}, optionally of one year and of one status as of
   * {@code today} (a stored DUE past its deadline counts as MISSING), newest year first, then by
   * institution name.
   */
  public Page list(
      String region, Integer year, FilingStatus status, LocalDate today, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(region);
    if (year != null) {
      criteria = criteria.and("year").is(year);
    }
    if (status != null) {
      criteria =
          switch (status) {
            case FILED, LATE -> criteria.and("status").is(status.name());
            case DUE ->
                criteria.and("status").is(FilingStatus.DUE.name()).and("deadline").gte(today);
            case MISSING ->
                criteria
                    .and("status")
                    .in(FilingStatus.DUE.name(), FilingStatus.MISSING.name())
                    .and("deadline")
                    .lt(today);
          };
    }
    Query query = Query.query(criteria);
    long total = mongo.count(query, AnnualFiling.class, COLLECTION);
    query
        .with(
            Sort.by(
                Sort.Order.desc("year"), Sort.Order.asc("institutionName"), Sort.Order.asc("_id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, AnnualFiling.class, COLLECTION), page, size, total);
  }

  /**
   * Stores a new filing; a filing of the same institution and year surfaces as
   * DuplicateKeyException.
   */
  void insert(AnnualFiling filing) {
    store.insert(COLLECTION, filing, List.of());
  }

  /**
   * Replaces {@code before} by {@code after} if nobody wrote in between (else
   * OptimisticLockingFailureException).
   */
  void update(AnnualFiling before, AnnualFiling after) {
    store.update(COLLECTION, before.id(), before.version(), after, List.of(), null);
  }

  public record Page(List<AnnualFiling> items, int page, int size, long total) {}
}
