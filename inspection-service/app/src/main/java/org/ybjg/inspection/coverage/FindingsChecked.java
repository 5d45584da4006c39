package org.ybjg.inspection.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.inspection.coverage.domain.CheckedInstitutions;
import org.ybjg.inspection.finding.Findings;

/**
 * An institution is checked when a finding was recorded for it with {@code foundOn} inside the window. Read
 * straight from the findings collection (indexed by {@code institutionId}) when progress is asked for: no
 * counter to keep in step, no new event to consume, and a finding recorded a second ago already counts.
 * Ids are asked in chunks so a province-wide round stays a handful of queries.
 */
@Component
class FindingsChecked implements CheckedInstitutions {

  static final int CHUNK = 1000;

  private final MongoTemplate mongo;

  FindingsChecked(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Set<String> checkedAmong(Collection<String> institutionIds, LocalDate from, LocalDate to) {
    Set<String> checked = new HashSet<>();
    List<String> ids = new ArrayList<>(institutionIds);
    for (int start = 0; start < ids.size(); start += CHUNK) {
      List<String> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
      Query query = Query.query(Criteria.where("institutionId").in(chunk).and("foundOn").gte(from).lte(to));
      query.fields().include("institutionId");
      for (Document finding : mongo.find(query, Document.class, Findings.COLLECTION)) {
        checked.add(finding.getString("institutionId"));
      }
    }
    return checked;
  }
}
