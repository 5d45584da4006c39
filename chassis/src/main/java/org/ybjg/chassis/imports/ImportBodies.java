package org.ybjg.chassis.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.ybjg.chassis.csv.CsvRecords;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.UnreadableImport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bulk-import body (text/csv or a JSON array of objects) into rows of text fields; a body
 * unreadable as a whole is an {@link UnreadableImport} (400). JSON numbers keep their exact decimal
 * text; an array (e.g. a list of specialties) becomes its elements joined by ';', as the same
 * column is written in CSV.
 */
public class ImportBodies {

  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  public List<RawRow> rows(String body, MediaType contentType, Set<String> requiredColumns) {
    if (body == null || body.isBlank()) {
      throw new UnreadableImport("The body is empty.");
    }
    if (contentType != null && contentType.isCompatibleWith(MediaType.APPLICATION_JSON)) {
      return jsonRows(body);
    }
    return csvRows(body, requiredColumns);
  }

  /**
   * The CSV body's rows keyed by the header's column names (stripped; the first of a repeated name
   * wins). Blank lines carry no row number; a missing required column or an unclosed quote makes
   * the whole body unreadable.
   */
  private static List<RawRow> csvRows(String body, Set<String> requiredColumns) {
    List<List<String>> records;
    try {
      records = CsvRecords.of(body);
    } catch (IllegalArgumentException e) {
      throw new UnreadableImport("The CSV has a quoted field that is never closed.");
    }
    if (records.isEmpty()) {
      throw new UnreadableImport("The body is empty.");
    }
    List<String> header = records.get(0).stream().map(String::strip).toList();
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i), i);
    }
    List<String> missing =
        requiredColumns.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new UnreadableImport(
          "The CSV header lacks the column(s) "
              + String.join(", ", missing)
              + " (header found: "
              + String.join(",", header)
              + ").");
    }
    List<RawRow> rows = new ArrayList<>(records.size() - 1);
    for (List<String> cells : records.subList(1, records.size())) {
      Map<String, String> fields = new HashMap<>(columns.size() * 2);
      columns.forEach(
          (name, index) -> fields.put(name, index < cells.size() ? cells.get(index) : null));
      rows.add(new RawRow(rows.size() + 1, fields));
    }
    if (rows.isEmpty()) {
      throw new UnreadableImport("The CSV has a header but no data rows.");
    }
    return rows;
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
