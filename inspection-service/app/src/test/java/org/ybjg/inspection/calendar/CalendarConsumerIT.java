package org.ybjg.inspection.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.chassis.calendar.CalendarLoaded;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.DayKind;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.testing.KafkaProbe;
import org.ybjg.chassis.testing.TestInfrastructure;

/**
 * The inspection service takes a loaded year from {@code case.calendar.v1}: stored once however
 * often it is delivered, an older version never undoes a newer one, and the calendar in force
 * (hence every publication deadline computed afterwards) changes at once.
 */
@SpringBootTest
class CalendarConsumerIT {

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    TestInfrastructure.get().register(registry, "inspection-calendar-it");
  }

  @Autowired Events events;
  @Autowired MongoTemplate mongo;
  @Autowired WorkingDayCalendars calendars;
  private final KafkaProbe kafka = TestInfrastructure.get().kafka();

  @Test
  void shouldApplyAYearOnceAndKeepTheNewestWhenDeliveredAgainOrOutOfOrder() {
    // 1 Oct 2030 is a Tuesday; without the notice 4 October (Friday) is a working day
    LocalDate concluded = LocalDate.of(2030, 9, 30);
    assertThat(calendars.current().plusWorkingDays(concluded, 1))
        .isEqualTo(LocalDate.of(2030, 10, 4));

    String v2 = envelope(2, "国庆节（第二版）");
    String v1 = envelope(1, "国庆节（第一版）");
    kafka.send(CalendarLoaded.TOPIC, "2030", v2);
    kafka.send(CalendarLoaded.TOPIC, "2030", v2);
    kafka.send(CalendarLoaded.TOPIC, "2030", v1);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(calendars.current().covers(2030)).isTrue());
    // the three deliveries have all been handled once the older one has
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              Document stored =
                  mongo.findById("2030", Document.class, WorkingDayCalendars.COLLECTION);
              assertThat(stored.getLong("version")).isEqualTo(2L);
              assertThat(stored.getList(AggregateStore.PROCESSED_EVENTS, String.class)).hasSize(1);
            });
    assertThat(calendars.current().dayOff(LocalDate.of(2030, 10, 4))).contains("国庆节（第二版）");
    assertThat(calendars.current().plusWorkingDays(concluded, 1))
        .isEqualTo(LocalDate.of(2030, 10, 8));
    // a restart would read it back from the store
    assertThat(calendars.reload().covers(2030)).isTrue();
  }

  private String envelope(long version, String name) {
    CalendarLoaded loaded =
        new CalendarLoaded(
            2030,
            version,
            "国务院办公厅关于2030年部分节假日安排的通知（测试用）",
            Instant.parse("2029-11-01T08:00:00Z"),
            "province-admin",
            List.of(
                new CalendarLoaded.Day(LocalDate.of(2030, 10, 4), DayKind.HOLIDAY, name),
                new CalendarLoaded.Day(LocalDate.of(2030, 10, 7), DayKind.HOLIDAY, name),
                new CalendarLoaded.Day(LocalDate.of(2030, 9, 29), DayKind.WORKDAY, "国庆节调休上班")));
    return events.serialize(
        events.envelope(CalendarLoaded.EVENT_TYPE, Integer.toString(2030), loaded));
  }
}
