package org.ybjg.chassis.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.ybjg.chassis.imports.domain.Csv;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.UnreadableImport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bulk-import body (text/csv or a JSON array of objects) into rows of text fields; a body unreadable as a
 * whole is an {@link UnreadableImport} (400). JSON numbers keep their exact decimal text; an array (e.g. a list of
 * specialties) becomes its elements joined by ';', as the same column is written in CSV.
 */
public class ImportBodies {

  private final JsonMapper json = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  public List<RawRow> rows(String body, MediaType contentType, Set<String> requiredColumns) {
    if (body == null || body.isBlank()) {
      throw new UnreadableImport("The body is empty.");
    }
    if (contentType != null && contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
      return jsonRows(body);
    }
    return Csv.read(body, requiredColumns);
  }

  private List<RawRow> jsonRows(String body) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (JacksonException e) {
      throw new UnreadableImport("The body is not valid JSON: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isArray()) {
      throw new UnreadableImport("The JSON body must be an array of objects.");
    }
    if (tree.isEmpty()) {
      throw new UnreadableImport("The JSON array is empty.");
    }
    List<RawRow> rows = new ArrayList<>(tree.size());
    int number = 0;
    for (JsonNode element : tree) {
      number++;
      if (!element.isObject()) {
        throw new UnreadableImport("Element " + number + " of the JSON array is not an object.");
      }
      Map<String, String> fields = new HashMap<>();
      for (Map.Entry<String, JsonNode> field : element.properties()) {
        fields.put(field.getKey(), text(field.getValue()));
      }
      rows.add(new RawRow(number, fields));
    }
    return rows;
  }

  private static String text(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(element -> parts.add(element.isNull() ? "" : element.asString()));
      return String.join(";", parts);
    }
    return value.isObject() ? value.toString() : value.asString();
  }
}
