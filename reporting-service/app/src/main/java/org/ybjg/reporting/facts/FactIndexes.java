package org.ybjg.reporting.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/** The indexes every fact collection needs: reports match on the county or on the region path. */
final class FactIndexes {

  private FactIndexes() {}

  static void ensure(MongoTemplate mongo, String collection) {
    IndexOperations indexes = mongo.indexOps(collection);
    indexes.createIndex(new Index(FactFields.COUNTY_CODE, Sort.Direction.ASC));
    indexes.createIndex(new Index(FactFields.REGION_PATH, Sort.Direction.ASC));
  }
}
