package org.ybjg.registry.fundpayment;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.fundpayment.domain.FundPaymentRanking;
import org.ybjg.registry.institution.domain.FundPayment;

/**
 * The {@code fund_payments} collection: one document per institution and year ({@code _id} =
 * institutionId:year) with the amount, where the institution lies (county, city, province,
 * regionPath) and its ranks, which {@link #rerank} recomputes for a whole year and province after
 * an import.
 */
@Component
public class FundPayments implements InitializingBean {

  public static final String COLLECTION = "fund_payments";
  private static final int BATCH = 5000;

  private final MongoTemplate mongo;
  private final RegionTable regions;

  FundPayments(MongoTemplate mongo, RegionTable regions) {
    this.mongo = mongo;
    this.regions = regions;
  }

  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index()
            .on("year", Sort.Direction.ASC)
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .named("year_regionPath"));
    indexes.createIndex(new Index().on("institutionId", Sort.Direction.ASC).named("institutionId"));
  }

  public static String key(String institutionId, int year) {
    return institutionId + ":" + year;
  }

  /** Stored amounts by key. */
  public Map<String, BigDecimal> amounts(Collection<String> keys) {
    Query query = Query.query(Criteria.where("_id").in(keys));
    query.fields().include("amount");
    Map<String, BigDecimal> amounts = new HashMap<>();
    for (Document document : mongo.find(query, Document.class, COLLECTION)) {
      amounts.put(document.getString("_id"), decimal(document.get("amount")));
    }
    return amounts;
  }

  /**
   * Where a county lies for ranking: its city (null for a county directly under the province) and
   * province.
   */
  public Place placeOf(String countyCode, List<String> regionPath) {
    String city = null;
    for (String code : regionPath) {
      if (!code.equals(countyCode)
          && regions.find(code).map(Region::level).orElse(null) == Region.Level.CITY) {
        city = code;
        break;
      }
    }
    return new Place(countyCode, city, regionPath.get(regionPath.size() - 1), regionPath);
  }

  /**
   * Stores the changed amounts of {@code year} and every rank in these provinces that moves because
   * of them, one write per payment (amount and ranks together; new payments inserted in bulk), and
   * answers the resulting payment of {@code year} of each institution whose amount or rank changed,
   * by institution id.
   */
  public Map<String, FundPayment> storeAndRerank(
      int year, Set<String> provinceCodes, List<Payment> changed) {
    Query query =
        Query.query(Criteria.where("year").is(year).and("provinceCode").in(provinceCodes));
    query
        .fields()
        .include(
            "institutionId",
            "amount",
            "countyCode",
            "cityCode",
            "provinceCode",
            "countyRank",
            "cityRank",
            "provinceRank");
    Map<String, Document> stored = new HashMap<>();
    for (Document document : mongo.find(query, Document.class, COLLECTION)) {
      stored.put(document.getString("_id"), document);
    }
    Map<String, Payment> changedByKey = new LinkedHashMap<>();
    changed.forEach(p -> changedByKey.put(key(p.institutionId(), p.year()), p));
    List<FundPaymentRanking.Entry> entries = new ArrayList<>(stored.size() + changed.size());
    stored.forEach(
        (key, document) -> {
          if (!changedByKey.containsKey(key)) {
            entries.add(
                new FundPaymentRanking.Entry(
                    key,
                    document.getString("countyCode"),
                    document.getString("cityCode"),
                    document.getString("provinceCode"),
                    decimal(document.get("amount"))));
          }
        });
    changedByKey.forEach(
        (key, p) ->
            entries.add(
                new FundPaymentRanking.Entry(
                    key,
                    p.place().countyCode(),
                    p.place().cityCode(),
                    p.place().provinceCode(),
                    p.amount())));
    Map<String, FundPaymentRanking.Ranks> ranks = FundPaymentRanking.rank(entries);

    List<Document> inserts = new ArrayList<>();
    List<WriteModel<Document>> updates = new ArrayList<>();
    Map<String, FundPayment> moved = new HashMap<>();
    changedByKey.forEach(
        (key, p) -> {
          FundPaymentRanking.Ranks next = ranks.get(key);
          Document document = toDocument(p, next);
          if (stored.containsKey(key)) {
            updates.add(upsert(key, document));
          } else {
            inserts.add(document.append("_id", key));
          }
          moved.put(
              p.institutionId(),
              new FundPayment(year, p.amount(), next.county(), next.city(), next.province()));
        });
    stored.forEach(
        (key, document) -> {
          FundPaymentRanking.Ranks next = ranks.get(key);
          if (!changedByKey.containsKey(key)
              && (!Objects.equals(next.county(), document.getInteger("countyRank"))
                  || !Objects.equals(next.city(), document.getInteger("cityRank"))
                  || !Objects.equals(next.province(), document.getInteger("provinceRank")))) {
            updates.add(
                new UpdateOneModel<>(
                    new Document("_id", key),
                    new Document(
                        "$set",
                        new Document("countyRank", next.county())
                            .append("cityRank", next.city())
                            .append("provinceRank", next.province()))));
            moved.put(
                document.getString("institutionId"),
                new FundPayment(
                    year,
                    decimal(document.get("amount")),
                    next.county(),
                    next.city(),
                    next.province()));
          }
        });
    for (int from = 0; from < inserts.size(); from += BATCH) {
      updates.addAll(insertAll(inserts.subList(from, Math.min(inserts.size(), from + BATCH))));
    }
    for (int from = 0; from < updates.size(); from += BATCH) {
      mongo
          .getCollection(COLLECTION)
          .bulkWrite(
              updates.subList(from, Math.min(updates.size(), from + BATCH)),
              new BulkWriteOptions().ordered(false));
    }
    return moved;
  }

  /**
   * Inserts new payments; answers upserts for those another import stored meanwhile (unique {@code
   * _id}).
   */
  private List<WriteModel<Document>> insertAll(List<Document> documents) {
    try {
      mongo.getCollection(COLLECTION).insertMany(documents, new InsertManyOptions().ordered(false));
      return List.of();
    } catch (MongoBulkWriteException e) {
      List<WriteModel<Document>> retries = new ArrayList<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        Document document = new Document(documents.get(error.getIndex()));
        retries.add(upsert((String) document.remove("_id"), document));
      }
      return retries;
    }
  }

  private static UpdateOneModel<Document> upsert(String key, Document fields) {
    return new UpdateOneModel<>(
        new Document("_id", key), new Document("$set", fields), new UpdateOptions().upsert(true));
  }

  private static Document toDocument(Payment p, FundPaymentRanking.Ranks ranks) {
    return new Document("institutionId", p.institutionId())
        .append("nationalCode", p.nationalCode())
        .append("year", p.year())
        .append("amount", new Decimal128(p.amount()))
        .append("countyCode", p.place().countyCode())
        .append("cityCode", p.place().cityCode())
        .append("provinceCode", p.place().provinceCode())
        .append(RegionScope.REGION_PATH, p.place().regionPath())
        .append("countyRank", ranks.county())
        .append("cityRank", ranks.city())
        .append("provinceRank", ranks.province());
  }

  /** The years that have any payment, oldest first. */
  public List<Integer> years() {
    return mongo.findDistinct(new Query(), "year", COLLECTION, Integer.class).stream()
        .sorted()
        .toList();
  }

  /**
   * Each institution's latest year with a payment among {@code years}, with its ranks. Looked up by
   * key (the {@code _id}) for every year rather than by {@code institutionId}: an {@code _id}
   * lookup is indexed on every MongoDB server, including the embedded one, which scans for any
   * other field.
   */
  public Map<String, FundPayment> latestOf(Collection<String> institutionIds, List<Integer> years) {
    List<String> keys = new ArrayList<>(institutionIds.size() * years.size());
    institutionIds.forEach(id -> years.forEach(year -> keys.add(key(id, year))));
    Query query = Query.query(Criteria.where("_id").in(keys));
    Map<String, FundPayment> latest = new HashMap<>();
    for (Document document : mongo.find(query, Document.class, COLLECTION)) {
      FundPayment payment = toPayment(document);
      latest.merge(
          document.getString("institutionId"), payment, (a, b) -> a.year() >= b.year() ? a : b);
    }
    return latest;
  }

  /** The latest year with payments inside {@code region}. */
  public Optional<Integer> latestYear(String region) {
    Query query =
        Query.query(Criteria.where(RegionScope.REGION_PATH).is(region))
            .with(Sort.by(Sort.Direction.DESC, "year"))
            .limit(1);
    query.fields().include("year");
    Document document = mongo.findOne(query, Document.class, COLLECTION);
    return Optional.ofNullable(document).map(d -> d.getInteger("year"));
  }

  /**
   * The {@code n} largest payments of {@code year} inside {@code region}, largest first, ties by
   * national code.
   */
  public List<Ranked> top(String region, int year, int n) {
    Query query =
        Query.query(Criteria.where("year").is(year).and(RegionScope.REGION_PATH).is(region))
            .with(Sort.by(Sort.Order.desc("amount"), Sort.Order.asc("nationalCode")))
            .limit(n);
    return mongo.find(query, Document.class, COLLECTION).stream()
        .map(
            d ->
                new Ranked(
                    d.getString("institutionId"),
                    d.getString("nationalCode"),
                    d.getString("countyCode"),
                    toPayment(d)))
        .toList();
  }

  /** Current names of these institutions (one query on the institutions collection), by id. */
  public Map<String, String> namesOf(Collection<String> institutionIds) {
    Query query = Query.query(Criteria.where("_id").in(institutionIds));
    query.fields().include("name");
    Map<String, String> names = new HashMap<>();
    for (Document document :
        mongo.find(query, Document.class, org.ybjg.registry.institution.Institutions.COLLECTION)) {
      names.put(document.getString("_id"), document.getString("name"));
    }
    return names;
  }

  private static FundPayment toPayment(Document document) {
    return new FundPayment(
        document.getInteger("year"),
        decimal(document.get("amount")),
        document.getInteger("countyRank"),
        document.getInteger("cityRank"),
        document.getInteger("provinceRank"));
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    return value instanceof BigDecimal big ? big : new BigDecimal(String.valueOf(value));
  }

  public record Place(
      String countyCode, String cityCode, String provinceCode, List<String> regionPath) {}

  public record Payment(
      String institutionId, String nationalCode, int year, BigDecimal amount, Place place) {}

  public record Ranked(
      String institutionId, String nationalCode, String countyCode, FundPayment payment) {}
}
