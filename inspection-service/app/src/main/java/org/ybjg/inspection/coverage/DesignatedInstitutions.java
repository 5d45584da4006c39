package org.ybjg.inspection.coverage;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.coverage.domain.RoundMember;
import org.ybjg.inspection.directory.DirectoryEntries;

/**
 * The designated institutions (定点医药机构) of a region in the object directory: agreement ACTIVE or
 * SUSPENDED (a suspension keeps the designation; NONE and TERMINATED are not designated). Reads the
 * replica collection with a projection of the three fields a round keeps.
 */
@Component
class DesignatedInstitutions {

  static final List<String> DESIGNATED_STATES = List.of("ACTIVE", "SUSPENDED");

  private final MongoTemplate mongo;

  DesignatedInstitutions(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  List<RoundMember> in(String regionCode) {
    Query query =
        Query.query(
            Criteria.where(RegionScope.REGION_PATH)
                .is(regionCode)
                .and("agreementState")
                .in(DESIGNATED_STATES));
    query.fields().include("name").include("countyCode");
    return mongo.find(query, Document.class, DirectoryEntries.COLLECTION).stream()
        .map(
            d ->
                new RoundMember(d.getString("_id"), d.getString("name"), d.getString("countyCode")))
        .toList();
  }
}
