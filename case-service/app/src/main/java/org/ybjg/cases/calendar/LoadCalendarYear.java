package org.ybjg.cases.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.calendar.CalendarLoaded;
import org.ybjg.chassis.calendar.StoredCalendarYear;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.CalendarDay;
import org.ybjg.chassis.calendar.domain.CalendarNotice;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/**
 * A province administrator loads a year's holiday notice: checked as a whole, stored with its
 * {@code case.calendar-loaded.v1} event in one write (the outbox), and in force here at once; the
 * other services take it from the event.
 */
@Component
class LoadCalendarYear {

  private static final Logger log = LoggerFactory.getLogger(LoadCalendarYear.class);

  private final WorkingDayCalendars calendars;
  private final AggregateStore store;
  private final Events events;
  private final Clock clock;

  LoadCalendarYear(
      WorkingDayCalendars calendars, AggregateStore store, Events events, Clock clock) {
    this.calendars = calendars;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  StoredCalendarYear load(Caller caller, int year, String source, List<CalendarDay> days) {
    CalendarAccess.requireProvinceAdmin(caller);
    CalendarNotice notice = CalendarNotice.checked(year, source, days);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    var previous = calendars.stored(year);
    long version = previous.map(p -> p.version() + 1).orElse(1L);
    CalendarLoaded loaded = CalendarLoaded.of(notice, version, now, caller.username());
    StoredCalendarYear next = StoredCalendarYear.of(loaded);
    List<AggregateStore.Outgoing> outgoing =
        List.of(
            new AggregateStore.Outgoing(
                CalendarLoaded.TOPIC,
                Integer.toString(year),
                events.envelope(CalendarLoaded.EVENT_TYPE, Integer.toString(year), loaded)));
    if (previous.isEmpty()) {
      store.insert(WorkingDayCalendars.COLLECTION, next, outgoing);
    } else {
      // a concurrent load of the same year fails here (409) rather than losing one of the two
      store.update(
          WorkingDayCalendars.COLLECTION,
          Integer.toString(year),
          previous.get().version(),
          next,
          outgoing,
          null);
    }
    calendars.reload();
    log.info("calendar {} loaded by {} (version {}, {})", year, caller.username(), version, source);
    return next;
  }
}
