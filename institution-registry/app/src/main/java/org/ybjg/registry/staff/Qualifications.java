package org.ybjg.registry.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.registry.qualification.domain.BillingQualification;

/**
 * The {@code qualifications} collection: one document per person ({@code _id} = practising
 * certificate number) with the points decisions gave them; each change is one document write with
 * an optimistic version and the id of the event that caused it.
 */
@Component
class Qualifications implements InitializingBean {

  static final String COLLECTION = "qualifications";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  Qualifications(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @Override
  public void afterPropertiesSet() {
    mongo
        .indexOps(COLLECTION)
        .createIndex(new Index().on("entries.caseId", Sort.Direction.ASC).named("entries_caseId"));
  }

  Optional<BillingQualification> find(String certificateNumber) {
    return Optional.ofNullable(
        mongo.findById(certificateNumber, BillingQualification.class, COLLECTION));
  }

  /** The qualifications of these people that exist, by certificate number. */
  Map<String, BillingQualification> of(Collection<String> certificateNumbers) {
    return mongo
        .find(
            Query.query(Criteria.where("_id").in(certificateNumbers)),
            BillingQualification.class,
            COLLECTION)
        .stream()
        .collect(Collectors.toMap(BillingQualification::id, Function.identity()));
  }

  /** The people with points from case {@code caseId}. */
  List<BillingQualification> withCase(String caseId) {
    return mongo.find(
        Query.query(Criteria.where("entries.caseId").is(caseId)),
        BillingQualification.class,
        COLLECTION);
  }

  boolean alreadyProcessed(String certificateNumber, String eventId) {
    return store.alreadyProcessed(COLLECTION, certificateNumber, eventId);
  }

  /** Throws Spring's DuplicateKeyException when another consumer inserted the person meanwhile. */
  void insert(BillingQualification created, String eventId) {
    store.insert(COLLECTION, created, List.of(), eventId);
  }

  void update(BillingQualification before, BillingQualification after, String eventId) {
    store.update(COLLECTION, before.id(), before.version(), after, List.of(), eventId);
  }
}
