package org.ybjg.inspection.finding;

import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.finding.domain.Finding;

/** Findings in collection {@code findings}; each document carries its own outbox. */
@Repository
public class Findings {

  public static final String COLLECTION = "findings";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  public Findings(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @PostConstruct
  void ensureIndexes() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC).named("regionPath"));
    indexes.createIndex(new Index().on("institutionId", Sort.Direction.ASC).named("institutionId"));
    indexes.createIndex(
        new Index()
            .on("requestKey", Sort.Direction.ASC)
            .unique()
            .sparse()
            .named("requestKey_unique"));
  }

  /** The finding and the events it causes, in one document write. */
  public void insert(Finding finding, List<AggregateStore.Outgoing> outgoing) {
    store.insert(COLLECTION, finding, outgoing);
  }

  public Optional<Finding> findWithin(String id, String region) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("_id").is(id).and(RegionScope.REGION_PATH).is(region)),
            Finding.class,
            COLLECTION));
  }

  public Optional<Finding> findByRequestKey(String requestKey) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("requestKey").is(requestKey)), Finding.class, COLLECTION));
  }

  /** Findings inside {@code region} found on or after {@code since}, unsorted. */
  public List<Finding> foundSince(String region, LocalDate since) {
    return mongo.find(
        Query.query(Criteria.where(RegionScope.REGION_PATH).is(region).and("foundOn").gte(since)),
        Finding.class,
        COLLECTION);
  }

  /**
   * The institution id of every finding inside {@code region} found from {@code from} to {@code to}
   * inclusive, unsorted and with repeats, streamed from the server (only that field is read); the
   * caller closes the stream.
   */
  public Stream<String> institutionIdsFound(String region, LocalDate from, LocalDate to) {
    Query query =
        Query.query(
            Criteria.where(RegionScope.REGION_PATH).is(region).and("foundOn").gte(from).lte(to));
    query.fields().include("institutionId");
    return mongo.stream(query, Document.class, COLLECTION)
        .map(finding -> finding.getString("institutionId"));
  }

  /**
   * Findings inside {@code region}, newest first; {@code institutionId} null for all institutions.
   */
  public PageOf<Finding> search(String region, String institutionId, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(region);
    if (institutionId != null) {
      criteria.and("institutionId").is(institutionId);
    }
    return PageOf.find(
        mongo,
        Query.query(criteria),
        Sort.by(Sort.Direction.DESC, "_id"),
        page,
        size,
        Finding.class,
        COLLECTION);
  }
}
