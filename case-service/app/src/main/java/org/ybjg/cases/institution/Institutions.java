package org.ybjg.cases.institution;

import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.ybjg.cases.institution.domain.Institution;

/**
 * The institution replica (collection {@code institutions}, one document per institution, keyed by
 * its id).
 */
@Component
public class Institutions {

  public static final String COLLECTION = "institutions";

  private final MongoTemplate mongo;

  Institutions(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Institution> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Institution.class, COLLECTION));
  }

  /**
   * Stores {@code state} unless the replica already holds this or a newer version: the upsert only
   * matches an older document, and where a document exists but is not older, inserting a second one
   * with the same {@code _id} fails, which means "already applied". Redelivery changes nothing.
   *
   * @return whether the replica changed
   */
  public boolean applyIfNewer(Institution state) {
    Query older =
        Query.query(Criteria.where("_id").is(state.id()).and("version").lt(state.version()));
    Update update =
        new Update()
            .set("version", state.version())
            .set("name", state.name())
            .set("ownership", state.ownership().name())
            .set("countyCode", state.countyCode())
            .set("replicatedAt", Instant.now());
    try {
      mongo.upsert(older, update, COLLECTION);
      return true;
    } catch (DuplicateKeyException sameOrNewerStored) {
      return false;
    }
  }
}
