package org.ybjg.registry.staff;

import java.time.LocalDate;
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
import org.ybjg.registry.staff.domain.Doctor;
import org.ybjg.registry.staff.domain.DoctorStatus;

/**
 * The {@code doctors} collection: one document per 医保医师, {@code _id} = the doctor's own identifier,
 * so the identifier is unique province-wide by construction. Each command is one document write
 * (optimistic version).
 */
@Component
class Doctors implements InitializingBean {

  static final String COLLECTION = "doctors";

  private final MongoTemplate mongo;
  private final AggregateStore store;

  Doctors(MongoTemplate mongo, AggregateStore store) {
    this.mongo = mongo;
    this.store = store;
  }

  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index()
            .on("institutionId", Sort.Direction.ASC)
            .on("name", Sort.Direction.ASC)
            .named("institutionId_name"));
    indexes.createIndex(new Index().on("regionPath", Sort.Direction.ASC).named("regionPath"));
    indexes.createIndex(new Index().on("creditGrade", Sort.Direction.ASC).named("creditGrade"));
  }

  /** The institution's doctors with at least one credit record (for the institution's history). */
  List<Doctor> withCreditRecords(String institutionId) {
    return mongo
        .find(
            Query.query(Criteria.where("institutionId").is(institutionId)),
            Doctor.class,
            COLLECTION)
        .stream()
        .filter(doctor -> !doctor.creditRecords().isEmpty())
        .toList();
  }

  /**
   * Doctors in the region subtree whose grade is one of {@code grades}; with {@code ungraded}, also
   * those never graded (no credit record: the best grade). Sorted by name.
   */
  Page withCreditGrades(String region, List<String> grades, boolean ungraded, int page, int size) {
    Criteria graded = Criteria.where("creditGrade").in(grades);
    Criteria criteria =
        new Criteria()
            .andOperator(
                Criteria.where("regionPath").is(region),
                ungraded
                    ? new Criteria()
                        .orOperator(
                            graded,
                            Criteria.where("creditGrade").exists(false),
                            Criteria.where("creditGrade").is(null))
                    : graded);
    Query query = Query.query(criteria);
    long total = mongo.count(query, Doctor.class, COLLECTION);
    query
        .with(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, Doctor.class, COLLECTION), page, size, total);
  }

  Optional<Doctor> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Doctor.class, COLLECTION));
  }

  /** Throws Spring's DuplicateKeyException if the identifier is taken. */
  void insert(Doctor doctor) {
    store.insert(COLLECTION, doctor, List.of());
  }

  void update(Doctor before, Doctor after) {
    store.update(COLLECTION, before.id(), before.version(), after, List.of(), null);
  }

  Page list(String institutionId, DoctorStatus status, LocalDate today, int page, int size) {
    Criteria criteria = Criteria.where("institutionId").is(institutionId);
    Criteria suspendedToday =
        new Criteria()
            .andOperator(
                Criteria.where("suspendedFrom").lte(today),
                Criteria.where("suspendedUntil").gte(today));
    if (status == DoctorStatus.SUSPENDED) {
      criteria = new Criteria().andOperator(criteria, suspendedToday);
    } else if (status == DoctorStatus.ACTIVE) {
      criteria =
          new Criteria()
              .andOperator(
                  criteria,
                  new Criteria()
                      .orOperator(
                          Criteria.where("suspendedFrom").exists(false),
                          Criteria.where("suspendedFrom").gt(today),
                          Criteria.where("suspendedUntil").lt(today)));
    }
    Query query = Query.query(criteria);
    long total = mongo.count(query, Doctor.class, COLLECTION);
    query
        .with(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")))
        .skip((long) page * size)
        .limit(size);
    return new Page(mongo.find(query, Doctor.class, COLLECTION), page, size, total);
  }

  record Page(List<Doctor> items, int page, int size, long total) {}
}
