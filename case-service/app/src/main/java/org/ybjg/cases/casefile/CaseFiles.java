package org.ybjg.cases.casefile;

import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.CaseStatus;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;

/**
 * Queries on the {@code cases} collection. Writes go through {@link AggregateStore} (the case and
 * its events in one document write).
 */
@Component
public class CaseFiles {

  public static final String COLLECTION = "cases";

  /**
   * Where the decision number lives in a case document (unique per issuer and year: the gap-free
   * sequence).
   */
  public static final String NUMBER_ISSUER = "decision.number.issuer";

  public static final String NUMBER_YEAR = "decision.number.year";
  public static final String NUMBER_SEQUENCE = "decision.number.sequence";

  /** The pending statutory deadline's last day and whether its passing was announced. */
  public static final String DEADLINE_DUE = "deadline.due";

  public static final String DEADLINE_REPORTED = "deadline.reported";

  private final MongoTemplate mongo;

  CaseFiles(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Every query path has its index (docs/architecture.md#embedded-infrastructure). The
   * decision-number index is unique: two decisions can never carry the same number, which is what
   * makes numbering safe without a counter document. It is sparse, so the many open cases (no
   * number yet) do not collide on "missing".
   */
  @PostConstruct
  void ensureIndexes() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index()
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .on("openedOn", Sort.Direction.DESC)
            .named("region_opened"));
    indexes.createIndex(new Index().on("institutionId", Sort.Direction.ASC).named("institution"));
    indexes.createIndex(
        new Index()
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .on(DEADLINE_DUE, Sort.Direction.ASC)
            .named("region_deadline"));
    indexes.createIndex(new Index().on(DEADLINE_DUE, Sort.Direction.ASC).named("deadline"));
    indexes.createIndex(
        new Index().on("exposure.publishedOn", Sort.Direction.DESC).sparse().named("exposed"));
    indexes.createIndex(
        new Index()
            .on(NUMBER_ISSUER, Sort.Direction.ASC)
            .on(NUMBER_YEAR, Sort.Direction.ASC)
            .on(NUMBER_SEQUENCE, Sort.Direction.DESC)
            .unique()
            .sparse()
            .named("decision_number"));
  }

  public Optional<CaseFile> find(String id) {
    return Optional.ofNullable(
        mongo.findOne(
            withoutBookkeeping(Query.query(Criteria.where("_id").is(id))),
            CaseFile.class,
            COLLECTION));
  }

  /** One page of the cases under {@code region}, newest first. */
  public Page page(String region, String institutionId, CaseStatus status, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(region);
    if (institutionId != null && !institutionId.isBlank()) {
      criteria = criteria.and("institutionId").is(institutionId);
    }
    if (status != null) {
      criteria = criteria.and("status").is(status.name());
    }
    long total = mongo.count(Query.query(criteria), COLLECTION);
    Query query =
        withoutBookkeeping(Query.query(criteria))
            .with(Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("_id")))
            .skip((long) page * size)
            .limit(size);
    return new Page(mongo.find(query, CaseFile.class, COLLECTION), total);
  }

  /**
   * One page of the cases under {@code region} whose pending deadline passed before {@code today},
   * oldest first.
   */
  public Page overdue(String region, LocalDate today, int page, int size) {
    Criteria criteria =
        Criteria.where(RegionScope.REGION_PATH).is(region).and(DEADLINE_DUE).lt(today);
    long total = mongo.count(Query.query(criteria), COLLECTION);
    Query query =
        withoutBookkeeping(Query.query(criteria))
            .with(Sort.by(Sort.Order.asc(DEADLINE_DUE), Sort.Order.asc("_id")))
            .skip((long) page * size)
            .limit(size);
    return new Page(mongo.find(query, CaseFile.class, COLLECTION), total);
  }

  /** Published typical cases, newest first, optionally under {@code region} (any region code). */
  public Page exposed(String region, int page, int size) {
    Criteria criteria = Criteria.where("exposure.publishedOn").exists(true);
    if (region != null && !region.isBlank()) {
      criteria = criteria.and(RegionScope.REGION_PATH).is(region);
    }
    long total = mongo.count(Query.query(criteria), COLLECTION);
    Query query =
        withoutBookkeeping(Query.query(criteria))
            .with(Sort.by(Sort.Order.desc("exposure.publishedOn"), Sort.Order.desc("_id")))
            .skip((long) page * size)
            .limit(size);
    return new Page(mongo.find(query, CaseFile.class, COLLECTION), total);
  }

  /** Every case under {@code region} (for the clear-to-zero ledger). */
  public List<CaseFile> allIn(String region) {
    return mongo.find(
        withoutBookkeeping(Query.query(Criteria.where(RegionScope.REGION_PATH).is(region))),
        CaseFile.class,
        COLLECTION);
  }

  /** Every decided case under {@code region} (for the recovery report). */
  public List<CaseFile> decidedIn(String region) {
    return mongo.find(
        withoutBookkeeping(
            Query.query(
                Criteria.where(RegionScope.REGION_PATH)
                    .is(region)
                    .and(NUMBER_SEQUENCE)
                    .exists(true))),
        CaseFile.class,
        COLLECTION);
  }

  /**
   * Cases (any region) whose deadline passed before {@code today} and was not yet announced, at
   * most {@code limit}.
   */
  public List<CaseFile> overdueUnannounced(LocalDate today, int limit) {
    Query query =
        withoutBookkeeping(
                Query.query(
                    Criteria.where(DEADLINE_DUE).lt(today).and(DEADLINE_REPORTED).is(false)))
            .with(Sort.by(Sort.Order.asc(DEADLINE_DUE)))
            .limit(limit);
    return mongo.find(query, CaseFile.class, COLLECTION);
  }

  /**
   * The latest decision on another case of the same institution and violation class decided on or
   * after {@code since}: the case history that makes a repeat offence (屡查屡犯).
   */
  public Optional<CaseFile> latestDecidedLike(
      String institutionId, FindingCategory category, String exceptCaseId, LocalDate since) {
    Query query =
        withoutBookkeeping(
                Query.query(
                    Criteria.where("institutionId")
                        .is(institutionId)
                        .and("category")
                        .is(category.name())
                        .and("_id")
                        .ne(exceptCaseId)
                        .and("decision.decidedOn")
                        .gte(since)))
            .with(Sort.by(Sort.Order.desc("decision.decidedOn")))
            .limit(1);
    return Optional.ofNullable(mongo.findOne(query, CaseFile.class, COLLECTION));
  }

  /** The highest decision sequence issued in {@code issuer}'s county in {@code year}, or null. */
  public Long highestDecisionSequence(String issuer, int year) {
    Query query =
        Query.query(Criteria.where(NUMBER_ISSUER).is(issuer).and(NUMBER_YEAR).is(year))
            .with(Sort.by(Sort.Order.desc(NUMBER_SEQUENCE)))
            .limit(1);
    query.fields().include(NUMBER_SEQUENCE);
    Document highest = mongo.findOne(query, Document.class, COLLECTION);
    if (highest == null) {
      return null;
    }
    Number sequence = highest.getEmbedded(List.of("decision", "number", "sequence"), Number.class);
    return sequence == null ? null : sequence.longValue();
  }

  private Query withoutBookkeeping(Query query) {
    return AggregateStore.stateOnly(mongo, query, CaseFile.class);
  }

  public record Page(List<CaseFile> items, long total) {}
}
