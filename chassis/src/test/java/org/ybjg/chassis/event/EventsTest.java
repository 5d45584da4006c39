package org.ybjg.chassis.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.ybjg.chassis.testing.EventSchemaAssert;
import org.ybjg.chassis.web.CorrelationId;
import tools.jackson.databind.json.JsonMapper;

class EventsTest {

  record Payload(String institutionId, BigDecimal amount, LocalDate foundOn) {}

  private static final EventType TYPE = new EventType("test.thing-happened.v1", "test.events.v1");
  private final Events events =
      new Events(
          JsonMapper.builder().build(),
          "/test-service",
          Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC));

  @AfterEach
  void clearMdc() {
    MDC.clear();
  }

  @Test
  void shouldRoundTripEnvelopeWithTypedDataWhenSerialisedAndParsed() {
    try (var scope = CorrelationId.bind("corr-1")) {
      EventEnvelope envelope =
          events.envelope(
              TYPE,
              "inst-1",
              new Payload("inst-1", new BigDecimal("1234.50"), LocalDate.of(2026, 4, 30)));

      EventEnvelope parsed = events.parse(events.serialize(envelope));

      assertThat(parsed).isEqualTo(envelope);
      assertThat(parsed.specversion()).isEqualTo("1.0");
      assertThat(parsed.source()).isEqualTo("/test-service");
      assertThat(parsed.correlationid()).isEqualTo("corr-1");
      assertThat(parsed.dataschema()).isEqualTo("urn:ybjg:schema:test.thing-happened.v1");
      assertThat(events.data(parsed, Payload.class).amount()).isEqualByComparingTo("1234.50");
    }
  }

  @Test
  void shouldWriteTheSameEnvelopeWhenSerialisedStraightFromTheData() {
    Payload payload = new Payload("inst-1", new BigDecimal("1234.50"), LocalDate.of(2026, 4, 30));
    try (var scope = CorrelationId.bind("corr-1")) {
      Events.Serialized direct = events.serializedEnvelope(TYPE, "inst-1", payload);
      EventEnvelope viaTree = events.envelope(TYPE, "inst-1", payload);

      EventEnvelope parsed = events.parse(direct.json());
      assertThat(parsed.id()).isEqualTo(direct.id()).isNotEqualTo(viaTree.id());
      assertThat(parsed.type()).isEqualTo(direct.type()).isEqualTo(TYPE.name());
      assertThat(
              new EventEnvelope(
                  viaTree.id(),
                  parsed.specversion(),
                  parsed.type(),
                  parsed.source(),
                  parsed.subject(),
                  parsed.time(),
                  parsed.dataschema(),
                  parsed.datacontenttype(),
                  parsed.correlationid(),
                  parsed.data()))
          .isEqualTo(viaTree);
      assertThat(events.data(parsed, Payload.class)).isEqualTo(payload);
    }
  }

  @Test
  void shouldGiveEveryEnvelopeAUniqueIdWhenBuiltTwice() {
    EventEnvelope first = events.envelope(TYPE, "s", new Payload("a", BigDecimal.ONE, null));
    EventEnvelope second = events.envelope(TYPE, "s", new Payload("a", BigDecimal.ONE, null));
    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void shouldRejectMessageAsMalformedWhenNotJson() {
    assertThatThrownBy(() -> events.parse("this is not json"))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> events.parse("")).isInstanceOf(MalformedEventException.class);
  }

  @Test
  void shouldRejectEnvelopeWhenRequiredAttributeMissing() {
    String noSubject =
        "{\"id\":\"1\",\"specversion\":\"1.0\",\"type\":\"a.b.v1\",\"source\":\"/x\","
            + "\"time\":\"2026-01-01T00:00:00Z\",\"data\":{}}";
    assertThatThrownBy(() -> events.parse(noSubject))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("subject");
  }

  @Test
  void shouldRejectTypeWhenVersionSuffixMissing() {
    assertThatThrownBy(() -> new EventType("case.decision-issued", "case.events.v1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldTreatDataAsPoisonWhenItDoesNotFitTheRecord() {
    EventEnvelope envelope = events.envelope(TYPE, "s", java.util.Map.of("amount", "not a number"));
    assertThatThrownBy(() -> events.data(envelope, Payload.class))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void shouldConformToTheEnvelopeSchemaWhenSerialised() {
    String message =
        events.serialize(events.envelope(TYPE, "s", new Payload("a", BigDecimal.TEN, null)));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EventSchemaAssert.assertConforms(message, TYPE.name()))
        // the envelope passes; the test type has no published data schema, which is what fails
        .hasMessageContaining("events/test.thing-happened.v1.schema.json");
  }
}
