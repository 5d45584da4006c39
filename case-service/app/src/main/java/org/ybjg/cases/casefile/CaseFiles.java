package org.ybjg.cases.casefile;

import jakarta.annotation.PostConstruct;
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
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;

/**
 * Queries on the {@code cases} collection. Writes go through {@link AggregateStore} (the case and its
 * events in one document write).
 */
@Component
public class CaseFiles {

  public static final String COLLECTION = "cases";
  /** Where the decision number lives in a case document (unique per issuer and year: the gap-free sequence). */
  public static final String NUMBER_ISSUER = "decision.number.issuer";
  public static final String NUMBER_YEAR = "decision.number.year";
  public static final String NUMBER_SEQUENCE = "decision.number.sequence";

  private final MongoTemplate mongo;

  CaseFiles(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Every query path has its index (INFRA-NOTES.md). The decision-number index is unique: two decisions
   * can never carry the same number, which is what makes numbering safe without a counter document.
   * It is sparse, so the many open cases (no number yet) do not collide on "missing".
   */
  @PostConstruct
  void ensureIndexes() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC)
        .on("openedOn", Sort.Direction.DESC).named("region_opened"));
    indexes.createIndex(new Index().on("institutionId", Sort.Direction.ASC).named("institution"));
    indexes.createIndex(new Index().on(NUMBER_ISSUER, Sort.Direction.ASC).on(NUMBER_YEAR, Sort.Direction.ASC)
        .on(NUMBER_SEQUENCE, Sort.Direction.DESC).unique().sparse().named("decision_number"));
  }

  public Optional<CaseFile> find(String id) {
    return Optional.ofNullable(mongo.findOne(withoutBookkeeping(Query.query(Criteria.where("_id").is(id))),
        CaseFile.class, COLLECTION));
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
    Query query = withoutBookkeeping(Query.query(criteria))
        .with(Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("_id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, CaseFile.class, COLLECTION), total);
  }

  /** The highest decision sequence issued in {@code issuer}'s county in {@code year}, or null. */
  public Long highestDecisionSequence(String issuer, int year) {
    Query query = Query.query(Criteria.where(NUMBER_ISSUER).is(issuer).and(NUMBER_YEAR).is(year))
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

  private static Query withoutBookkeeping(Query query) {
    query.fields().exclude(AggregateStore.OUTBOX).exclude(AggregateStore.PROCESSED_EVENTS);
    return query;
  }

  public record Page(List<CaseFile> items, long total) {}
}
