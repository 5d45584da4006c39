package org.ybjg.chassis.event;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.MDC;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.web.CorrelationId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Builds, serialises and parses envelopes; the one place that knows the wire format. */
public class Events {

  private final ObjectMapper json;
  private final String source;
  private final Clock clock;

  public Events(ObjectMapper json, String source, Clock clock) {
    // Money travels as decimals: never let a payload pass through a double.
    this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    this.source = source;
    this.clock = clock;
  }

  /**
   * Wraps {@code data} for publication; the correlation id of the current request travels along.
   */
  public EventEnvelope envelope(EventType type, String subject, Object data) {
    return envelope(type, subject, (JsonNode) json.valueToTree(data));
  }

  /**
   * The JSON of a new envelope for {@code data}, written straight from the object. For bulk writers
   * that only store the envelope: {@link #envelope} first turns {@code data} into a tree, which an
   * import then pays for once per row.
   */
  public Serialized serializedEnvelope(EventType type, String subject, Object data) {
    EventEnvelope envelope = envelope(type, subject, json.getNodeFactory().pojoNode(data));
    return new Serialized(envelope.id(), envelope.type(), serialize(envelope));
  }

  private EventEnvelope envelope(EventType type, String subject, JsonNode data) {
    return new EventEnvelope(
        Ids.next(),
        EventEnvelope.SPEC_VERSION,
        type.name(),
        source,
        subject,
        Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
        type.schemaUri(),
        "application/json",
        MDC.get(CorrelationId.MDC_KEY),
        data);
  }

  public String serialize(EventEnvelope envelope) {
    return json.writeValueAsString(envelope);
  }

  public EventEnvelope parse(String message) {
    if (message == null || message.isBlank()) {
      throw new MalformedEventException("empty message");
    }
    try {
      return json.readValue(message, EventEnvelope.class);
    } catch (JacksonException e) {
      throw new MalformedEventException("not a valid event envelope: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads the payload as its typed record; a payload that does not fit is poison, not a retry. */
  public <T> T data(EventEnvelope envelope, Class<T> type) {
    try {
      return json.treeToValue(envelope.data(), type);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MalformedEventException(
          "data of "
              + envelope.type()
              + " "
              + envelope.id()
              + " does not fit "
              + type.getSimpleName(),
          e);
    }
  }

  public JsonNode tree(Object value) {
    return json.valueToTree(value);
  }

  /** An envelope as its id, its type and its JSON. */
  public record Serialized(String id, String type, String json) {}
}
