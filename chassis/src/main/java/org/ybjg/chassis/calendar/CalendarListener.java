package org.ybjg.chassis.calendar;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.ybjg.chassis.event.EventEnvelope;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.web.CorrelationId;

/**
 * Brings each loaded year's notice into this service ({@code ybjg.calendar.listen=true}, on in
 * every service). Idempotent by the year's version; a malformed notice goes to the DLT.
 */
public class CalendarListener {

  private static final Logger log = LoggerFactory.getLogger(CalendarListener.class);

  private final Events events;
  private final WorkingDayCalendars calendars;

  public CalendarListener(Events events, WorkingDayCalendars calendars) {
    this.events = events;
    this.calendars = calendars;
  }

  @KafkaListener(topics = CalendarLoaded.TOPIC, groupId = "${spring.application.name}")
  public void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = events.parse(record.value());
    try (CorrelationId.Scope scope = CorrelationId.bind(envelope.correlationid())) {
      if (CalendarLoaded.TYPE.equals(envelope.type())) {
        calendars.apply(events.data(envelope, CalendarLoaded.class), envelope.id());
      } else {
        log.debug("ignoring {} {} on {}", envelope.type(), envelope.id(), record.topic());
      }
    }
  }
}
