package org.ybjg.chassis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Checks a published message against the envelope schema and the payload's schema from the producer's api module. */
public final class EventSchemaAssert {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
      .build();

  private EventSchemaAssert() {}

  /** @param message the Kafka value; @param type e.g. {@code case.decision-issued.v1} (schema events/TYPE.schema.json) */
  public static void assertConforms(String message, String type) {
    JsonNode envelope = read(message);
    assertThat(violations("envelope.schema.json", envelope)).as("envelope of %s", type).isEmpty();
    assertThat(envelope.path("type").asText()).isEqualTo(type);
    assertThat(violations("events/" + type + ".schema.json", envelope.path("data"))).as("data of %s", type).isEmpty();
  }

  private static Set<ValidationMessage> violations(String schemaResource, JsonNode node) {
    try (InputStream schema = EventSchemaAssert.class.getClassLoader().getResourceAsStream(schemaResource)) {
      assertThat(schema).as("schema %s on the classpath", schemaResource).isNotNull();
      JsonSchema compiled = FACTORY.getSchema(schema, CONFIG);
      return compiled.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String message) {
    try {
      return JSON.readTree(message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
