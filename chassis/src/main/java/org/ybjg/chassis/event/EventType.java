package org.ybjg.chassis.event;

/**
 * A logical event type with its version suffix and the topic it travels on, e.g.
 * {@code case.decision-issued.v1} on {@code case.events.v1}.
 */
public record EventType(String name, String topic) {

  public EventType {
    if (!name.matches("[a-z]+\\.[a-z-]+\\.v[0-9]+")) {
      throw new IllegalArgumentException("event type must look like 'service.fact-in-past-tense.vN': " + name);
    }
  }

  /** Where the JSON Schema of the payload is published (in the producer's api module). */
  public String schemaUri() {
    return "urn:ybjg:schema:" + name;
  }
}
