package org.ybjg.registry.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.filing.domain.AnnualFiling;
import org.ybjg.registry.filing.domain.FiledInstitution;
import org.ybjg.registry.filing.domain.FilingPolicy;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.AgreementState;

/**
 * The filing sweep: opens the obligation to file {@code year} (DUE) for every institution under an
 * agreement (ACTIVE or SUSPENDED, signed by the end of that year) that has no filing document yet,
 * and marks every DUE filing whose deadline has passed MISSING (承医保发〔2019〕2号 §5: counts as refusing
 * inspection, termination-eligible). Safe to run twice or on two instances: inserts of existing
 * filings are skipped by the unique id, flagging is one conditional multi-document update.
 */
@Component
public class OpenAnnualFilings {

  private static final Logger log = LoggerFactory.getLogger(OpenAnnualFilings.class);
  private static final int BATCH = 1000;

  private final MongoTemplate mongo;
  private final Filings filings;
  private final FilingPolicy policy;
  private final WorkingDayCalendars calendars;
  private final Clock clock;

  OpenAnnualFilings(
      MongoTemplate mongo,
      Filings filings,
      FilingPolicy policy,
      Clock clock,
      WorkingDayCalendars calendars) {
    this.calendars = calendars;
    this.mongo = mongo;
    this.filings = filings;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Opens {@code year} (only once the year is over) and flags overdue filings of every year.
   *
   * @return how many filings were opened and how many flagged MISSING
   */
  public Result run(int year, LocalDate today) {
    int opened = year < today.getYear() ? open(year) : 0;
    int flagged = flagOverdue(today);
    log.info(
        "filing sweep on {}: {} filing(s) of {} opened, {} flagged missing",
        today,
        opened,
        year,
        flagged);
    return new Result(opened, flagged);
  }

  private int open(int year) {
    Set<String> existing = filings.institutionsWithFiling(year);
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    Query designated =
        Query.query(
            new Criteria()
                .andOperator(
                    Criteria.where("agreement.state")
                        .in(AgreementState.ACTIVE.name(), AgreementState.SUSPENDED.name()),
                    new Criteria()
                        .orOperator(
                            Criteria.where("agreement.signedOn").exists(false),
                            Criteria.where("agreement.signedOn").lte(LocalDate.of(year, 12, 31)))));
    // only what a filing keeps, in cursor batches: a province's institutions do not fit one reply
    designated
        .fields()
        .include("_id", "nationalCode", "name", "countyCode", RegionScope.REGION_PATH);
    designated.cursorBatchSize(BATCH);
    int opened = 0;
    List<AnnualFiling> batch = new ArrayList<>();
    try (Stream<Document> all = mongo.stream(designated, Document.class, Institutions.COLLECTION)) {
      for (Document institution : (Iterable<Document>) all::iterator) {
        String id = String.valueOf(institution.get("_id"));
        if (existing.contains(id)) {
          continue;
        }
        FiledInstitution filed =
            new FiledInstitution(
                id,
                institution.getString("nationalCode"),
                institution.getString("name"),
                institution.getString("countyCode"),
                institution.getList(RegionScope.REGION_PATH, String.class));
        batch.add(AnnualFiling.open(filed, year, policy.deadlineOf(year, calendars.current()), at));
        if (batch.size() == BATCH) {
          opened += insert(batch);
          batch.clear();
        }
      }
    }
    return opened + insert(batch);
  }

  private int insert(List<AnnualFiling> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      return mongo
          .bulkOps(BulkOperations.BulkMode.UNORDERED, AnnualFiling.class, Filings.COLLECTION)
          .insert(batch)
          .execute()
          .getInsertedCount();
    } catch (BulkOperationException filedMeanwhile) {
      log.info("some filings were stored meanwhile; kept as they are");
      return filedMeanwhile.getResult().getInsertedCount();
    } catch (DataIntegrityViolationException filedMeanwhile) {
      log.info("filings were stored meanwhile; kept as they are");
      return 0;
    }
  }

  private int flagOverdue(LocalDate today) {
    return (int)
        filings.markOverdueMissing(today, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
  }

  /** What one sweep did. */
  public record Result(int opened, int flagged) {}
}
