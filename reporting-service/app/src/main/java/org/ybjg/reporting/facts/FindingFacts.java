package org.ybjg.reporting.facts;

import java.util.Date;
import java.util.List;
import org.bson.types.Decimal128;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.ybjg.chassis.consumer.ProcessedOnce;
import org.ybjg.reporting.facts.domain.FindingFact;

/**
 * {@code findingFacts}: one document per finding ({@code _id} = finding id), written once per event
 * id.
 */
@Repository
public class FindingFacts implements InitializingBean {

  public static final String COLLECTION = "findingFacts";

  private final MongoTemplate mongo;
  private final ProcessedOnce processedOnce;

  public FindingFacts(MongoTemplate mongo, ProcessedOnce processedOnce) {
    this.mongo = mongo;
    this.processedOnce = processedOnce;
  }

  @Override
  public void afterPropertiesSet() {
    FactIndexes.ensure(mongo, COLLECTION);
  }

  /**
   * @return whether the event was applied (false: it had been applied before)
   */
  public boolean apply(FindingFact fact, List<String> regionPath, String eventId) {
    Update update =
        new Update()
            .set("institutionId", fact.institutionId())
            .set("category", fact.category())
            .set(
                "improperAmount",
                fact.improperAmount() == null ? null : new Decimal128(fact.improperAmount()))
            .set("foundOn", fact.foundOn() == null ? null : fact.foundOn().toString())
            .set(FactFields.COUNTY_CODE, fact.countyCode())
            .set(FactFields.REGION_PATH, regionPath)
            .max(FactFields.EVENT_TIME, Date.from(fact.eventTime()));
    return processedOnce.upsert(COLLECTION, fact.findingId(), eventId, update);
  }
}
