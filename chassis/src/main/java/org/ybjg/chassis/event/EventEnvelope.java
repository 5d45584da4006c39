package org.ybjg.chassis.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. {@code type} carries the version suffix
 * ({@code case.decision-issued.v1}); a breaking change to {@code data} is a new type version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
    String id,
    String specversion,
    String type,
    String source,
    String subject,
    Instant time,
    String dataschema,
    String datacontenttype,
    String correlationid,
    JsonNode data) {

  public static final String SPEC_VERSION = "1.0";

  /** Compiled once: every published and consumed event is checked. */
  private static final Pattern VERSIONED_TYPE = Pattern.compile(".+\\.v[0-9]+$");

  /** Validates the attributes every consumer relies on; a message without them is poison. */
  public EventEnvelope {
    requireText(id, "id");
    requireText(type, "type");
    requireText(source, "source");
    requireText(subject, "subject");
    if (time == null) {
      throw new MalformedEventException("event attribute 'time' is missing");
    }
    if (data == null || data.isNull()) {
      throw new MalformedEventException("event attribute 'data' is missing");
    }
    if (!VERSIONED_TYPE.matcher(type).matches()) {
      throw new MalformedEventException("event type '" + type + "' has no version suffix");
    }
  }

  private static void requireText(String value, String attribute) {
    if (value == null || value.isBlank()) {
      throw new MalformedEventException("event attribute '" + attribute + "' is missing");
    }
  }
}
