package org.ybjg.reporting.facts;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.ybjg.reporting.facts.domain.InstitutionFact;

/**
 * {@code institutionFacts}: one document per institution ({@code _id} = institution id) holding the
 * state of the highest version seen. Idempotent by a version check instead of processed event ids:
 * the registry topic is compacted and re-sent in full on replays, and only the latest state
 * matters.
 */
@Repository
public class InstitutionFacts implements InitializingBean {

  public static final String COLLECTION = "institutionFacts";
  public static final String VERSION = "version";
  public static final String TYPE = "type";
  public static final String AGREEMENT_STATE = "agreementState";

  private final MongoTemplate mongo;

  public InstitutionFacts(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    FactIndexes.ensure(mongo, COLLECTION);
  }

  /**
   * Stores {@code fact} unless a version at least as high is stored: the upsert matches only a
   * lower version; when a document with a higher or equal version exists, the upsert's insert
   * collides on {@code _id} and nothing changes (redelivery and out-of-order older versions are
   * both ignored).
   *
   * @return whether the fact was applied
   */
  public boolean apply(InstitutionFact fact, List<String> regionPath) {
    Query lowerVersion =
        Query.query(where("_id").is(fact.institutionId()).and(VERSION).lt(fact.version()));
    Update update =
        new Update()
            .set(VERSION, fact.version())
            .set(TYPE, fact.type())
            .set(AGREEMENT_STATE, fact.agreementState())
            .set(FactFields.COUNTY_CODE, fact.countyCode())
            .set(FactFields.REGION_PATH, regionPath)
            .set(FactFields.EVENT_TIME, Date.from(fact.eventTime()));
    try {
      mongo.upsert(lowerVersion, update, COLLECTION);
      return true;
    } catch (DuplicateKeyException sameOrNewerStored) {
      return false;
    }
  }
}
