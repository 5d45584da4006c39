package org.ybjg.inspection.directory;

import jakarta.annotation.PostConstruct;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/**
 * The directory replica in collection {@code directory}; one document per institution, {@code _id}
 * = institution id.
 */
@Repository
public class DirectoryEntries {

  public static final String COLLECTION = "directory";
  private static final Sort ORDER = Sort.by("countyCode", "name", "_id");

  private final MongoTemplate mongo;

  public DirectoryEntries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @PostConstruct
  void ensureIndexes() {
    var indexes = mongo.indexOps(COLLECTION);
    indexes.createIndex(
        new Index().on(RegionScope.REGION_PATH, Sort.Direction.ASC).named("regionPath"));
    indexes.createIndex(
        new Index()
            .on("countyCode", Sort.Direction.ASC)
            .on("name", Sort.Direction.ASC)
            .named("county_name"));
  }

  /**
   * Stores {@code entry} unless the replica already holds this or a newer registry version: one
   * conditional upsert. When the document exists with a version that is not lower, the filter does
   * not match, the upsert tries to insert the same {@code _id} and the unique {@code _id} index
   * refuses it: that refusal means "already as new", so redelivery and stale messages change
   * nothing.
   *
   * @return whether the entry was written
   */
  public boolean applyIfNewer(DirectoryEntry entry) {
    Query olderOrAbsent =
        Query.query(
            Criteria.where("_id")
                .is(entry.id())
                .and("registryVersion")
                .lt(entry.registryVersion()));
    Update update =
        new Update()
            .set("registryVersion", entry.registryVersion())
            .set("nationalCode", entry.nationalCode())
            .set("name", entry.name())
            .set("type", entry.type())
            .set("level", entry.level())
            .set("ownership", entry.ownership())
            .set("countyCode", entry.countyCode())
            .set(RegionScope.REGION_PATH, entry.regionPath())
            .set("agreementState", entry.agreementState())
            .set("suspendedUntil", entry.suspendedUntil())
            .set("creditGrade", entry.creditGrade())
            .set("updatedAt", entry.updatedAt())
            .set("fundPayment", entry.fundPayment());
    try {
      mongo.upsert(olderOrAbsent, update, DirectoryEntry.class, COLLECTION);
      return true;
    } catch (DuplicateKeyException alreadyAsNew) {
      return false;
    }
  }

  /** The entry if it exists and lies inside {@code region}. */
  public Optional<DirectoryEntry> findWithin(String institutionId, String region) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(
                Criteria.where("_id").is(institutionId).and(RegionScope.REGION_PATH).is(region)),
            DirectoryEntry.class,
            COLLECTION));
  }

  public Optional<DirectoryEntry> find(String institutionId) {
    return Optional.ofNullable(mongo.findById(institutionId, DirectoryEntry.class, COLLECTION));
  }

  /** The entries among {@code institutionIds} that exist; ids not in the replica are left out. */
  public List<DirectoryEntry> findAll(Collection<String> institutionIds) {
    return mongo.find(
        Query.query(Criteria.where("_id").in(institutionIds)), DirectoryEntry.class, COLLECTION);
  }

  /**
   * Every entry inside {@code region}, unsorted: a sampling plan's population snapshot orders its
   * members itself.
   */
  public List<DirectoryEntry> within(String region) {
    return mongo.find(
        Query.query(Criteria.where(RegionScope.REGION_PATH).is(region)),
        DirectoryEntry.class,
        COLLECTION);
  }

  /**
   * The id, name and county of every entry inside {@code region} whose agreement state is one of
   * {@code agreementStates}, unsorted; only those three fields are read.
   */
  public List<NamedEntry> namedWithin(String region, Collection<String> agreementStates) {
    Query query =
        Query.query(
            Criteria.where(RegionScope.REGION_PATH)
                .is(region)
                .and("agreementState")
                .in(agreementStates));
    query.fields().include("name").include("countyCode");
    return mongo.find(query, Document.class, COLLECTION).stream()
        .map(
            d -> new NamedEntry(d.getString("_id"), d.getString("name"), d.getString("countyCode")))
        .toList();
  }

  public PageOf<DirectoryEntry> search(DirectoryFilter filter, int page, int size) {
    Criteria criteria = Criteria.where(RegionScope.REGION_PATH).is(filter.region());
    if (filter.type() != null) {
      criteria.and("type").is(filter.type());
    }
    if (filter.level() != null) {
      criteria.and("level").is(filter.level());
    }
    if (filter.ownership() != null) {
      criteria.and("ownership").is(filter.ownership());
    }
    if (filter.agreementState() != null) {
      criteria.and("agreementState").is(filter.agreementState());
    }
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      criteria.and("name").regex(Pattern.quote(filter.nameContains().strip()), "i");
    }
    return PageOf.find(
        mongo, Query.query(criteria), ORDER, page, size, DirectoryEntry.class, COLLECTION);
  }

  /**
   * A directory search inside {@code region} (already narrowed to the caller's reach); null filters
   * match all.
   */
  public record DirectoryFilter(
      String region,
      String type,
      String level,
      String ownership,
      String agreementState,
      String nameContains) {}

  /** An entry's id, name and county, as {@link #namedWithin} reads them. */
  public record NamedEntry(String id, String name, String countyCode) {}
}
