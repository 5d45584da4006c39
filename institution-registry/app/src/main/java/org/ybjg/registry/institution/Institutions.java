package org.ybjg.registry.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.institution.domain.AgreementState;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;

/**
 * The {@code institutions} collection: queries, and writes through {@link AggregateStore} so each
 * state change and its {@code registry.institution-changed.v1} event are stored in one document
 * write.
 */
@Component
public class Institutions implements InitializingBean {

  public static final String COLLECTION = "institutions";

  private final MongoTemplate mongo;
  private final AggregateStore store;
  private final InstitutionChangedEvents events;

  Institutions(MongoTemplate mongo, AggregateStore store, InstitutionChangedEvents events) {
    this.mongo = mongo;
    this.store = store;
    this.events = events;
  }

  /** Every query path has an index; the unique national code exists before the first request. */
  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index().on("nationalCode", Sort.Direction.ASC).unique().named("nationalCode_unique"));
    indexes.createIndex(
        new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC).named("regionPath"));
    indexes.createIndex(
        new Index().on("agreement.state", Sort.Direction.ASC).named("agreementState"));
    indexes.createIndex(
        new Index().on("registrationKey", Sort.Direction.ASC).sparse().named("registrationKey"));
    indexes.createIndex(new Index().on("name", Sort.Direction.ASC).named("name"));
    indexes.createIndex(new Index().on("creditGrade", Sort.Direction.ASC).named("creditGrade"));
    indexes.createIndex(
        new Index()
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .on("name", Sort.Direction.ASC)
            .named("regionPath_name"));
    indexes.createIndex(
        new Index()
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .on("fundPayment.amount", Sort.Direction.DESC)
            .named("regionPath_fundPayment"));
    indexes.createIndex(
        new Index()
            .on(RegionScope.REGION_PATH, Sort.Direction.ASC)
            .on("updatedAt", Sort.Direction.DESC)
            .named("regionPath_updatedAt"));
    indexes.createIndex(
        new Index()
            .on("agreement.suspendedFrom", Sort.Direction.ASC)
            .sparse()
            .named("agreementSuspendedFrom"));
  }

  public Optional<Institution> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Institution.class, COLLECTION));
  }

  public boolean existsByNationalCode(String nationalCode) {
    return mongo.exists(Query.query(Criteria.where("nationalCode").is(nationalCode)), COLLECTION);
  }

  public Optional<Institution> findByRegistrationKey(String key) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("registrationKey").is(key)), Institution.class, COLLECTION));
  }

  /**
   * Institutions whose agreement is suspended or has a suspension scheduled (ACTIVE with a period
   * recorded) — few: a nightly job looks among them for suspensions to start or to end.
   */
  public List<Institution> suspended() {
    return mongo.find(
        Query.query(
            new Criteria()
                .orOperator(
                    Criteria.where("agreement.state").is(AgreementState.SUSPENDED.name()),
                    Criteria.where("agreement.suspendedFrom").exists(true))),
        Institution.class,
        COLLECTION);
  }

  /**
   * The province-wide public notice (一处违规处处受限, 承医保发〔2019〕2号 §10): institutions under {@code region}
   * (null: all) with a suspension on record (whole or departments, running or scheduled) or a
   * terminated agreement.
   */
  public Page withAgreementMeasures(String region, int page, int size) {
    Criteria measures =
        new Criteria()
            .orOperator(
                Criteria.where("agreement.state")
                    .in(AgreementState.SUSPENDED.name(), AgreementState.TERMINATED.name()),
                Criteria.where("agreement.suspendedFrom").exists(true));
    Criteria criteria =
        region == null
            ? measures
            : new Criteria()
                .andOperator(Criteria.where(RegionScope.REGION_PATH).is(region), measures);
    Query query = Query.query(criteria);
    long total = mongo.count(query, Institution.class, COLLECTION);
    query
        .with(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, Institution.class, COLLECTION), page, size, total);
  }

  /**
   * How many institutions under {@code region} are in each agreement state (KPI agreement
   * coverage).
   */
  public java.util.Map<AgreementState, Long> countByAgreementState(String region) {
    java.util.Map<AgreementState, Long> counts = new java.util.EnumMap<>(AgreementState.class);
    for (AgreementState state : AgreementState.values()) {
      counts.put(
          state,
          mongo.count(
              Query.query(
                  Criteria.where(RegionScope.REGION_PATH)
                      .is(region)
                      .and("agreement.state")
                      .is(state.name())),
              COLLECTION));
    }
    return counts;
  }

  /** A page of the institutions under {@code region}, sorted by name, then id. */
  public Page list(Filter filter, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(filter.region());
    if (filter.type() != null) {
      criteria = criteria.and("type").is(filter.type().name());
    }
    if (filter.level() != null) {
      criteria = criteria.and("level").is(filter.level().name());
    }
    if (filter.ownership() != null) {
      criteria = criteria.and("ownership").is(filter.ownership().name());
    }
    if (filter.agreementState() != null) {
      criteria = criteria.and("agreement.state").is(filter.agreementState().name());
    }
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      criteria = criteria.and("name").regex(literal(filter.nameContains().trim()), "i");
    }
    if (filter.creditGrade() != null && !filter.creditGrade().isBlank()) {
      criteria = criteria.and("creditGrade").is(filter.creditGrade().trim());
    }
    Query query = Query.query(criteria);
    long total = mongo.count(query, Institution.class, COLLECTION);
    query.with(order(filter.sort())).skip((long) page * size).limit(size);
    return new Page(mongo.find(query, Institution.class, COLLECTION), page, size, total);
  }

  /** Each order ends with name, then id (unique), so equal keys never swap between pages. */
  static Sort order(Order sort) {
    Sort tieBreak = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));
    return switch (sort == null ? Order.NAME : sort) {
      case NAME -> tieBreak;
      case NATIONAL_CODE -> Sort.by(Sort.Order.asc("nationalCode"), Sort.Order.asc("id"));
      case FUND_PAYMENT -> Sort.by(Sort.Order.desc("fundPayment.amount")).and(tieBreak);
      case CREDIT_GRADE -> Sort.by(Sort.Order.asc("creditGrade")).and(tieBreak);
      case UPDATED -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
    };
  }

  /** Orders of the institution list (registry.yaml listInstitutions {@code sort}). */
  public enum Order {
    NAME,
    NATIONAL_CODE,
    FUND_PAYMENT,
    CREDIT_GRADE,
    UPDATED
  }

  /**
   * A page of the institutions under {@code region} with one of {@code grades} (and the agreement
   * state).
   */
  public Page withCreditGrades(
      String region, List<String> grades, AgreementState agreementState, int page, int size) {
    Criteria criteria =
        Criteria.where(RegionScope.REGION_PATH).is(region).and("creditGrade").in(grades);
    if (agreementState != null) {
      criteria = criteria.and("agreement.state").is(agreementState.name());
    }
    Query query = Query.query(criteria);
    long total = mongo.count(query, Institution.class, COLLECTION);
    query
        .with(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, Institution.class, COLLECTION), page, size, total);
  }

  /** Stores a newly registered institution with its REGISTERED event. */
  public void insert(Institution registered) {
    store.insert(COLLECTION, registered, List.of(events.outgoing(registered)));
  }

  /**
   * Stores the last of {@code states} if the institution is still at {@code expectedVersion}, with
   * one event per state (each carries its own version and change). With no states, only records
   * that {@code processedEventId} was handled. Throws OptimisticLockingFailureException on a clash.
   */
  public void update(Institution before, List<Institution> states, String processedEventId) {
    List<AggregateStore.Outgoing> outgoing = new ArrayList<>();
    states.forEach(state -> outgoing.add(events.outgoing(state)));
    Institution after = states.isEmpty() ? before : states.get(states.size() - 1);
    store.update(COLLECTION, before.id(), before.version(), after, outgoing, processedEventId);
  }

  public boolean alreadyProcessed(String institutionId, String eventId) {
    return store.alreadyProcessed(COLLECTION, institutionId, eventId);
  }

  public long count() {
    return mongo.count(new Query(), COLLECTION);
  }

  /** Escapes regex metacharacters so a name fragment matches literally on any MongoDB. */
  private static String literal(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** A scoped query: {@code region} is the caller's region, or a region inside it. */
  public record Filter(
      String region,
      InstitutionType type,
      InstitutionLevel level,
      Ownership ownership,
      AgreementState agreementState,
      String nameContains,
      String creditGrade,
      Order sort) {

    public Filter(
        String region,
        InstitutionType type,
        InstitutionLevel level,
        Ownership ownership,
        AgreementState agreementState,
        String nameContains) {
      this(region, type, level, ownership, agreementState, nameContains, null, Order.NAME);
    }
  }

  public record Page(List<Institution> items, int page, int size, long total) {}
}
