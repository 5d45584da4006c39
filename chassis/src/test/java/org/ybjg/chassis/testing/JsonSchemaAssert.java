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

/**
 * Checks JSON against a JSON Schema (draft 2020-12, formats asserted) from a producer's api module
 * on the classpath: what a service publishes cannot drift from the schema it documents.
 */
public final class JsonSchemaAssert {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private JsonSchemaAssert() {}

  /**
   * @param schemaResource e.g. {@code records/draw-record.schema.json}
   */
  public static void assertConforms(String json, String schemaResource) {
    assertThat(violations(schemaResource, read(json)))
        .as("JSON against %s", schemaResource)
        .isEmpty();
  }

  static Set<ValidationMessage> violations(String schemaResource, JsonNode node) {
    try (InputStream schema =
        JsonSchemaAssert.class.getClassLoader().getResourceAsStream(schemaResource)) {
      assertThat(schema).as("schema %s on the classpath", schemaResource).isNotNull();
      JsonSchema compiled = FACTORY.getSchema(schema, CONFIG);
      return compiled.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
