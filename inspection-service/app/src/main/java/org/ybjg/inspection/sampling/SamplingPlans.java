package org.ybjg.inspection.sampling;

import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.sampling.domain.PlanStatus;
import org.ybjg.inspection.sampling.domain.SamplingPlan;

/**
 * Sampling plans in collection {@code samplingPlans}: one document per plan holding its
 * publication, ceremony, draw record and tasks, with its own outbox, so every step is one
 * optimistic single-document write.
 */
@Repository
public class SamplingPlans {

  public static final String COLLECTION = "samplingPlans";

  /** The heavy parts a list or a task query does not need. */
  private static final String[] HEAVY = {
    "publication.population", "publication.counties", "draw", "outbox", "processedEvents"
  };

  private final MongoTemplate mongo;
  private final AggregateStore store;

  public SamplingPlans(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @PostConstruct
  void ensureIndexes() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC).named("regionPath"));
    indexes.createIndex(new Index().on("taskRegions", Sort.Direction.ASC).named("taskRegions"));
    indexes.createIndex(new Index().on("taskIds", Sort.Direction.ASC).named("taskIds"));
    indexes.createIndex(
        new Index().on("taskInstitutionIds", Sort.Direction.ASC).named("taskInstitutionIds"));
    indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
    indexes.createIndex(
        new Index()
            .on("requestKey", Sort.Direction.ASC)
            .unique()
            .sparse()
            .named("requestKey_unique"));
  }

  public void insert(SamplingPlan plan) {
    store.insert(COLLECTION, plan, List.of());
  }

  /**
   * Writes {@code changed} if {@code read} is still current (optimistic), with the events it
   * causes.
   *
   * @return the plan as stored, at its new version; instants in {@code changed} must already be
   *     whole milliseconds (what the store keeps) for it to equal a later read
   */
  public SamplingPlan update(
      SamplingPlan read, SamplingPlan changed, List<AggregateStore.Outgoing> outgoing) {
    SamplingPlan next =
        new SamplingPlan(
            changed.id(),
            read.version() + 1,
            changed.definition(),
            changed.regionPath(),
            changed.status(),
            changed.createdBy(),
            changed.createdAt(),
            changed.publication(),
            changed.ceremony(),
            changed.draw(),
            changed.drawnAt(),
            changed.tasks(),
            changed.taskRegions(),
            changed.taskIds(),
            changed.taskInstitutionIds(),
            changed.requestKey());
    store.update(COLLECTION, read.id(), read.version(), next, outgoing, null);
    return next;
  }

  /** Whether the plan {@code id} already recorded the consumed event {@code eventId}. */
  public boolean alreadyProcessed(String id, String eventId) {
    return store.alreadyProcessed(COLLECTION, id, eventId);
  }

  /**
   * As {@link #update}, recording the consumed event's id in the same write (redelivery then
   * changes nothing).
   */
  public void updateProcessing(SamplingPlan read, SamplingPlan changed, String eventId) {
    SamplingPlan next =
        new SamplingPlan(
            changed.id(),
            read.version() + 1,
            changed.definition(),
            changed.regionPath(),
            changed.status(),
            changed.createdBy(),
            changed.createdAt(),
            changed.publication(),
            changed.ceremony(),
            changed.draw(),
            changed.drawnAt(),
            changed.tasks(),
            changed.taskRegions(),
            changed.taskIds(),
            changed.taskInstitutionIds(),
            changed.requestKey());
    store.update(COLLECTION, read.id(), read.version(), next, List.of(), eventId);
  }

  public Optional<SamplingPlan> find(String id) {
    return Optional.ofNullable(mongo.findById(id, SamplingPlan.class, COLLECTION));
  }

  /** The plan if its scope lies inside {@code region}. */
  public Optional<SamplingPlan> findWithin(String id, String region) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("_id").is(id).and(RegionScope.REGION_PATH).is(region)),
            SamplingPlan.class,
            COLLECTION));
  }

  public Optional<SamplingPlan> findByRequestKey(String requestKey) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("requestKey").is(requestKey)),
            SamplingPlan.class,
            COLLECTION));
  }

  /** Plans in {@code region}, newest first, without the heavy snapshot and record. */
  public PageOf<SamplingPlan> search(String region, PlanStatus status, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(region);
    if (status != null) {
      criteria.and("status").is(status.name());
    }
    Query query = Query.query(criteria);
    query.fields().exclude(HEAVY);
    return PageOf.find(
        mongo,
        query,
        Sort.by(Sort.Direction.DESC, "_id"),
        page,
        size,
        SamplingPlan.class,
        COLLECTION);
  }

  /** Published plans (any stage after the draft), for the public pages. */
  public PageOf<SamplingPlan> published(String region, int page, int size) {
    Criteria criteria = Criteria.where("status").ne(PlanStatus.DRAFT.name());
    if (region != null) {
      criteria.and(RegionScope.REGION_PATH).is(region);
    }
    Query query = Query.query(criteria);
    query.fields().exclude(HEAVY);
    return PageOf.find(
        mongo,
        query,
        Sort.by(Sort.Direction.DESC, "_id"),
        page,
        size,
        SamplingPlan.class,
        COLLECTION);
  }

  /** Drawn plans with tasks in {@code region}, light. */
  public List<SamplingPlan> withTasksIn(String region) {
    Query query = Query.query(Criteria.where("taskRegions").is(region));
    query.fields().exclude(HEAVY);
    return mongo.find(
        query.with(Sort.by(Sort.Direction.DESC, "_id")), SamplingPlan.class, COLLECTION);
  }

  /**
   * Every drawn plan, light (earlier tasks for loads, recusal windows and "checked within N
   * months").
   */
  public List<SamplingPlan> drawn() {
    Query query = Query.query(Criteria.where("status").is(PlanStatus.DRAWN.name()));
    query.fields().exclude(HEAVY);
    return mongo.find(query, SamplingPlan.class, COLLECTION);
  }

  public Optional<SamplingPlan> findByTask(String taskId) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("taskIds").is(taskId)), SamplingPlan.class, COLLECTION));
  }

  public List<SamplingPlan> withTaskFor(String institutionId) {
    return mongo.find(
        Query.query(Criteria.where("taskInstitutionIds").is(institutionId)),
        SamplingPlan.class,
        COLLECTION);
  }
}
