package org.ybjg.chassis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a published message against the envelope schema and the payload's schema from the
 * producer's api module.
 */
public final class EventSchemaAssert {

  private EventSchemaAssert() {}

  /**
   * @param message the Kafka value; @param type e.g. {@code case.decision-issued.v1} (schema
   *     events/TYPE.schema.json)
   */
  public static void assertConforms(String message, String type) {
    JsonNode envelope = JsonSchemaAssert.read(message);
    assertThat(JsonSchemaAssert.violations("envelope.schema.json", envelope))
        .as("envelope of %s", type)
        .isEmpty();
    assertThat(envelope.path("type").asText()).isEqualTo(type);
    assertThat(
            JsonSchemaAssert.violations("events/" + type + ".schema.json", envelope.path("data")))
        .as("data of %s", type)
        .isEmpty();
  }
}
