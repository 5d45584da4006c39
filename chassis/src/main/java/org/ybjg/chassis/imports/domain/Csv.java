package org.ybjg.chassis.imports.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an RFC 4180 CSV text (comma-separated, double-quote quoting, CRLF or LF, optional UTF-8 BOM) whose
 * first line names the columns, into rows keyed by column name. Blank lines are skipped (they carry no row
 * number). A missing required column or an unclosed quote makes the whole body unreadable.
 */
public final class Csv {

  private Csv() {}

  public static List<RawRow> read(String text, Set<String> requiredColumns) {
    if (text == null || text.isBlank()) {
      throw new UnreadableImport("The body is empty.");
    }
    String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    List<List<String>> records = records(body);
    if (records.isEmpty()) {
      throw new UnreadableImport("The body is empty.");
    }
    List<String> header = records.get(0).stream().map(c -> c.strip()).toList();
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i), i);
    }
    List<String> missing = requiredColumns.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new UnreadableImport("The CSV header lacks the column(s) " + String.join(", ", missing)
          + " (header found: " + String.join(",", header) + ").");
    }
    List<RawRow> rows = new ArrayList<>(records.size() - 1);
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      Map<String, String> fields = new HashMap<>(columns.size() * 2);
      columns.forEach((name, index) -> fields.put(name, index < cells.size() ? cells.get(index) : null));
      rows.add(new RawRow(rows.size() + 1, fields));
    }
    if (rows.isEmpty()) {
      throw new UnreadableImport("The CSV has a header but no data rows.");
    }
    return rows;
  }

  private static List<List<String>> records(String body) {
    List<List<String>> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean cellStarted = false;
    int length = body.length();
    for (int i = 0; i < length; i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < length && body.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        cellStarted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        cellStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < length && body.charAt(i + 1) == '\n') {
          i++;
        }
        endRecord(records, cells, cell, cellStarted);
        cells = new ArrayList<>();
        cellStarted = false;
      } else {
        cell.append(c);
        cellStarted = true;
      }
    }
    if (quoted) {
      throw new UnreadableImport("The CSV has a quoted field that is never closed.");
    }
    endRecord(records, cells, cell, cellStarted);
    return records;
  }

  private static void endRecord(List<List<String>> records, List<String> cells, StringBuilder cell,
      boolean cellStarted) {
    if (cells.isEmpty() && !cellStarted && cell.length() == 0) {
      return; // blank line
    }
    cells.add(cell.toString());
    cell.setLength(0);
    records.add(cells);
  }

}
