package org.ybjg.chassis.event;

import java.util.regex.Pattern;

/**
 * A logical event type with its version suffix and the topic it travels on, e.g. {@code
 * case.decision-issued.v1} on {@code case.events.v1}.
 */
public record EventType(String name, String topic) {

  private static final Pattern NAME = Pattern.compile("[a-z]+\\.[a-z-]+\\.v[0-9]+");

  public EventType {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "event type must look like 'service.fact-in-past-tense.vN': " + name);
    }
  }

  /** Where the JSON Schema of the payload is published (in the producer's api module). */
  public String schemaUri() {
    return "urn:ybjg:schema:" + name;
  }
}
