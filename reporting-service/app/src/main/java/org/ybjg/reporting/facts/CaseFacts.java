package org.ybjg.reporting.facts;

import java.util.Date;
import java.util.List;
import org.bson.types.Decimal128;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.ybjg.chassis.consumer.ProcessedOnce;
import org.ybjg.reporting.facts.domain.CaseDecisionFact;
import org.ybjg.reporting.facts.domain.CaseOpenedFact;

/**
 * {@code caseFacts}: one document per case ({@code _id} = case id). The opening and the decision
 * set disjoint fields, so they apply in either order; each event id is applied once ({@link
 * ProcessedOnce}). {@code opened} and {@code decided} are stored as 1 (absent = 0) so that a report
 * can {@code $sum} them in a {@code $group} without conditional expressions.
 */
@Repository
public class CaseFacts implements InitializingBean {

  public static final String COLLECTION = "caseFacts";
  public static final String OPENED = "opened";
  public static final String DECIDED = "decided";
  public static final String SUSPENSIONS_ORDERED = "suspensionsOrdered";
  public static final String TERMINATIONS_ORDERED = "terminationsOrdered";
  public static final String FINE_AMOUNT = "fineAmount";

  private final MongoTemplate mongo;
  private final ProcessedOnce processedOnce;

  public CaseFacts(MongoTemplate mongo, ProcessedOnce processedOnce) {
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
  public boolean apply(CaseOpenedFact fact, List<String> regionPath, String eventId) {
    Update update =
        new Update()
            .set(OPENED, 1)
            .set("findingId", fact.findingId())
            .set("institutionId", fact.institutionId())
            .set("origin", fact.origin())
            .set("openedOn", fact.openedOn() == null ? null : fact.openedOn().toString())
            .set(FactFields.COUNTY_CODE, fact.countyCode())
            .set(FactFields.REGION_PATH, regionPath)
            .max(FactFields.EVENT_TIME, Date.from(fact.eventTime()));
    return processedOnce.upsert(COLLECTION, fact.caseId(), eventId, update);
  }

  /**
   * @return whether the event was applied (false: it had been applied before)
   */
  public boolean apply(CaseDecisionFact fact, List<String> regionPath, String eventId) {
    Update update =
        new Update()
            .set(DECIDED, 1)
            .set("decisionNumber", fact.decisionNumber())
            .set("institutionId", fact.institutionId())
            .set("measureKinds", fact.measureKinds())
            .set(SUSPENSIONS_ORDERED, fact.suspensionsOrdered())
            .set(TERMINATIONS_ORDERED, fact.terminationsOrdered())
            .set(FINE_AMOUNT, new Decimal128(fact.fineAmount()))
            .set("decidedOn", fact.decidedOn() == null ? null : fact.decidedOn().toString())
            .set(FactFields.COUNTY_CODE, fact.countyCode())
            .set(FactFields.REGION_PATH, regionPath)
            .max(FactFields.EVENT_TIME, Date.from(fact.eventTime()));
    return processedOnce.upsert(COLLECTION, fact.caseId(), eventId, update);
  }
}
