package org.ybjg.cases.tipoff;

import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.cases.tipoff.domain.TipOff;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;

/**
 * Queries on the {@code tipoffs} collection (writes through {@link AggregateStore}, optimistic
 * version).
 */
@Component
public class TipOffs {

  public static final String COLLECTION = "tipoffs";

  private final MongoTemplate mongo;

  TipOffs(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @PostConstruct
  void ensureIndexes() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index().on("receiptCode", Sort.Direction.ASC).unique().named("receipt_code"));
    indexes.createIndex(
        new Index()
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .on("receivedOn", Sort.Direction.DESC)
            .named("region_received"));
  }

  public Optional<TipOff> find(String id) {
    return Optional.ofNullable(mongo.findById(id, TipOff.class, COLLECTION));
  }

  public Optional<TipOff> byReceiptCode(String code) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("receiptCode").is(code)), TipOff.class, COLLECTION));
  }

  /**
   * The names of the whistleblowers whose tip-offs led to {@code caseId}: text published about the
   * case must not name them (《医疗保障基金使用监督管理举报处理暂行办法》 keeps their identity secret).
   */
  public List<String> whistleblowerNamesOf(String caseId) {
    return mongo
        .find(Query.query(Criteria.where("caseId").is(caseId)), TipOff.class, COLLECTION)
        .stream()
        .map(TipOff::whistleblower)
        .filter(w -> w != null && w.name() != null)
        .map(w -> w.name())
        .toList();
  }

  public long count(String region) {
    return mongo.count(Query.query(Criteria.where(RegionScope.REGION_PATH).is(region)), COLLECTION);
  }

  public List<TipOff> page(String region, int page, int size) {
    return mongo.find(
        Query.query(Criteria.where(RegionScope.REGION_PATH).is(region))
            .with(Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("_id")))
            .skip((long) page * size)
            .limit(size),
        TipOff.class,
        COLLECTION);
  }
}
