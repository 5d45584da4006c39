package org.ybjg.chassis.imports.domain;

import java.util.Map;

/**
 * One data row of an import as sent, before any rule is checked.
 *
 * @param number 1-based among the data rows (a CSV header is not counted; JSON: array index + 1)
 * @param fields column name → text (absent or blank = missing)
 */
public record RawRow(int number, Map<String, String> fields) {

  /** The trimmed value, or null when missing or blank. */
  public String get(String column) {
    String value = fields.get(column);
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
