package org.ybjg.chassis.calendar;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.outbox.AggregateStore;

/**
 * The working-day calendar in force in this service: the bundled notices plus every year stored
 * here (loaded through the case service's API, received as {@link CalendarLoaded}). Every deadline
 * is computed with {@link #current()}, so a year loaded now counts for every deadline computed from
 * now on.
 */
public class WorkingDayCalendars {

  public static final String COLLECTION = "workingDayCalendar";

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendars.class);

  private final MongoTemplate mongo;
  private final WorkingDayCalendar bundled;
  private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

  public WorkingDayCalendars(MongoTemplate mongo, WorkingDayCalendar bundled) {
    this.mongo = mongo;
    this.bundled = bundled;
    reload();
  }

  public WorkingDayCalendar current() {
    return current.get();
  }

  /** The stored years (loaded after the release), by year. */
  public List<StoredCalendarYear> stored() {
    return mongo.find(
        new Query().with(org.springframework.data.domain.Sort.by("_id")), StoredCalendarYear.class);
  }

  public Optional<StoredCalendarYear> stored(int year) {
    return Optional.ofNullable(mongo.findById(Integer.toString(year), StoredCalendarYear.class));
  }

  /** Rebuilds the calendar from the bundled notices and the stored years (stored ones win). */
  public WorkingDayCalendar reload() {
    WorkingDayCalendar calendar = bundled;
    for (StoredCalendarYear year : stored()) {
      calendar = calendar.with(year.notice());
    }
    current.set(calendar);
    return calendar;
  }

  /**
   * Stores a received notice unless this service already holds the same or a later version of its
   * year (one conditional upsert recording the event id: redelivery and replays change nothing),
   * then brings the calendar in force up to date.
   *
   * @return whether the store changed
   */
  public boolean apply(CalendarLoaded loaded, String eventId) {
    loaded.notice(); // checked before anything is written
    StoredCalendarYear year = StoredCalendarYear.of(loaded);
    Query olderOrMissing =
        Query.query(
            Criteria.where("_id")
                .is(Integer.toString(loaded.year()))
                .and("version")
                .lt(loaded.version()));
    Update update =
        new Update()
            .set("version", year.version())
            .set("source", year.source())
            .set("loadedAt", year.loadedAt())
            .set("loadedBy", year.loadedBy())
            .set("days", mongo.getConverter().convertToMongoType(year.days()))
            .addToSet(AggregateStore.PROCESSED_EVENTS, eventId);
    boolean written;
    try {
      mongo.upsert(olderOrMissing, update, COLLECTION);
      written = true;
    } catch (DuplicateKeyException sameOrNewer) {
      // the year is stored at this version or a later one: nothing to do
      written = false;
    }
    reload();
    if (written) {
      log.info(
          "calendar: {} notice version {} stored ({})",
          loaded.year(),
          loaded.version(),
          loaded.source());
    }
    return written;
  }
}
