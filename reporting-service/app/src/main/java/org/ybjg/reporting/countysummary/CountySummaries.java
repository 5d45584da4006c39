package org.ybjg.reporting.countysummary;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import org.ybjg.reporting.countysummary.domain.Figures;
import org.ybjg.reporting.facts.CaseFacts;
import org.ybjg.reporting.facts.FactFields;
import org.ybjg.reporting.facts.FindingFacts;
import org.ybjg.reporting.facts.InstitutionFacts;

/**
 * Computes county figures from the fact collections with {@code $match} (on the indexed county code
 * or region path) and {@code $group}/{@code $sum}/{@code $max} — stages both MongoDB and the
 * embedded server support.
 *
 * <p>Why aggregate facts at query time rather than keep counters: a counter is correct under
 * redelivery only if the increment and the "event seen" mark are one write, and it still goes wrong
 * when a fact moves (an institution's newer version changes its agreement state or county: the old
 * bucket must be decremented exactly once, whatever order versions arrive in). Facts are replaced
 * by idempotent upserts, so a replayed topic leaves the same documents, and a count over them is
 * right by construction. The cost is one small aggregation per collection per request, served by
 * the indexes on {@code countyCode} and {@code regionPath}.
 */
@Repository
class CountySummaries {

  private static final String COUNT = "count";
  private static final String AS_OF = "asOf";
  private static final String OPENED = "opened";
  private static final String DECISIONS = "decisions";
  private static final String SUSPENSIONS = "suspensions";
  private static final String FINES = "fines";

  private final MongoTemplate mongo;

  CountySummaries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The figures of one county (zeros when it has no facts). */
  Figures ofCounty(String countyCode) {
    return figuresByCounty(where(FactFields.COUNTY_CODE).is(countyCode))
        .getOrDefault(countyCode, Figures.ZERO);
  }

  /** The figures of each county of the region that has any facts, by county code. */
  Map<String, Figures> ofRegion(String regionCode) {
    return figuresByCounty(where(FactFields.REGION_PATH).is(regionCode));
  }

  private Map<String, Figures> figuresByCounty(Criteria scope) {
    Map<String, Figures> byCounty = new HashMap<>();

    Aggregation institutions =
        newAggregation(
            match(scope),
            group(FactFields.COUNTY_CODE, InstitutionFacts.TYPE, InstitutionFacts.AGREEMENT_STATE)
                .count()
                .as(COUNT)
                .max(FactFields.EVENT_TIME)
                .as(AS_OF));
    for (Document row :
        mongo.aggregate(institutions, InstitutionFacts.COLLECTION, Document.class)) {
      Document key = row.get("_id", Document.class);
      add(
          byCounty,
          key.getString(FactFields.COUNTY_CODE),
          Figures.institutions(
              key.getString(InstitutionFacts.TYPE), key.getString(InstitutionFacts.AGREEMENT_STATE),
              count(row, COUNT), instant(row)));
    }

    Aggregation findings =
        newAggregation(
            match(scope),
            group(FactFields.COUNTY_CODE).count().as(COUNT).max(FactFields.EVENT_TIME).as(AS_OF));
    for (Document row : mongo.aggregate(findings, FindingFacts.COLLECTION, Document.class)) {
      add(byCounty, row.getString("_id"), Figures.findings(count(row, COUNT), instant(row)));
    }

    Aggregation cases =
        newAggregation(
            match(scope),
            group(FactFields.COUNTY_CODE)
                .sum(CaseFacts.OPENED)
                .as(OPENED)
                .sum(CaseFacts.DECIDED)
                .as(DECISIONS)
                .sum(CaseFacts.SUSPENSIONS_ORDERED)
                .as(SUSPENSIONS)
                .sum(CaseFacts.FINE_AMOUNT)
                .as(FINES)
                .max(FactFields.EVENT_TIME)
                .as(AS_OF));
    for (Document row : mongo.aggregate(cases, CaseFacts.COLLECTION, Document.class)) {
      add(
          byCounty,
          row.getString("_id"),
          Figures.cases(
              count(row, OPENED),
              count(row, DECISIONS),
              count(row, SUSPENSIONS),
              sum(row.get(FINES)),
              instant(row)));
    }
    return byCounty;
  }

  private static void add(Map<String, Figures> byCounty, String countyCode, Figures figures) {
    byCounty.merge(countyCode, figures, Figures::plus);
  }

  private static long count(Document row, String field) {
    Object value = row.get(field);
    return value instanceof Number number ? number.longValue() : 0;
  }

  /** {@code $sum} over Decimal128 amounts is Decimal128; over no amounts it is the integer 0. */
  private static BigDecimal sum(Object value) {
    if (value instanceof Decimal128 decimal) {
      return decimal.bigDecimalValue();
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    return BigDecimal.ZERO;
  }

  private static Instant instant(Document row) {
    Object value = row.get(AS_OF);
    return value instanceof Date date ? date.toInstant() : null;
  }
}
