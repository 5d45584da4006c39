package org.ybjg.inspection.coverage;

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
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.coverage.domain.CoverageRound;

/** Rounds in collection {@code coverage_rounds}: one document each, population snapshot inside. */
@Repository
public class CoverageRounds {

  public static final String COLLECTION = "coverage_rounds";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  CoverageRounds(MongoTemplate mongo, AggregateStore store) {
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

  public void insert(CoverageRound round) {
    store.insert(COLLECTION, round, List.of());
  }

  /**
   * Rounds a caller reaching {@code region} may see, newest first, without their snapshots: those
   * inside the region and those covering it ({@code regionCode} on the region's path).
   */
  public PageOf<CoverageRound> visibleTo(
      String region, List<String> regionAndAncestors, int page, int size) {
    Query query =
        new Query(
            new Criteria()
                .orOperator(
                    Criteria.where(RegionScope.REGION_PATH).is(region),
                    Criteria.where("regionCode").in(regionAndAncestors)));
    query.fields().exclude("population");
    return PageOf.find(
        mongo,
        query,
        Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")),
        page,
        size,
        CoverageRound.class,
        COLLECTION);
  }

  public Optional<CoverageRound> find(String id) {
    return Optional.ofNullable(mongo.findById(id, CoverageRound.class, COLLECTION));
  }
}
