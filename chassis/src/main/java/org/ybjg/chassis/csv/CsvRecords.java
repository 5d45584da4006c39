package org.ybjg.chassis.csv;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * RFC 4180 CSV text (comma-separated, double-quote quoting, CRLF or LF, an optional UTF-8 BOM) read
 * by Jackson's CSV module into records of text cells, for uploads and for the rule tables a bureau
 * may replace. Blank lines carry no record. Plain lists of strings come out, so a {@code domain}
 * package can read a table without Jackson in its imports.
 */
public final class CsvRecords {

  private static final ObjectReader UPLOAD =
      CsvMapper.builder()
          .build()
          .readerForListOf(String.class)
          .with(CsvReadFeature.WRAP_AS_ARRAY)
          .with(CsvReadFeature.SKIP_EMPTY_LINES);

  /** A rule table also carries comment lines: the ones starting with {@code #}. */
  private static final ObjectReader TABLE = UPLOAD.with(CsvReadFeature.ALLOW_COMMENTS);

  private CsvRecords() {}

  /**
   * The records of an uploaded text; a {@code #} at the start of a line is data here.
   *
   * @throws IllegalArgumentException when the text is not CSV (e.g. a quoted field is never closed)
   */
  public static List<List<String>> of(String text) {
    return read(UPLOAD, text);
  }

  /** The records of a rule table: as {@link #of}, with {@code #} lines skipped as comments. */
  public static List<List<String>> ofTable(String text) {
    return read(TABLE, text);
  }

  /** A rule table given as lines (each stripped: an indented comment is still a comment). */
  public static List<List<String>> ofTable(List<String> lines) {
    return ofTable(String.join("\n", lines.stream().map(String::strip).toList()));
  }

  /**
   * The data rows of a rule table whose first record must be exactly {@code header} (cells
   * stripped), each row cut to the header's columns with the rest in the last one ({@link
   * #restInLast}): a row may still be shorter.
   *
   * @param table the table's name for the error, e.g. {@code the time-limit table}
   * @throws IllegalArgumentException when the header is not the first record
   */
  public static List<List<String>> tableRows(List<String> lines, String header, String table) {
    List<List<String>> records = ofTable(lines);
    if (records.isEmpty()
        || !String.join(",", records.get(0).stream().map(String::strip).toList()).equals(header)) {
      throw new IllegalArgumentException(table + " must start with the header " + header);
    }
    int columns = of(header).get(0).size();
    return records.subList(1, records.size()).stream().map(r -> restInLast(r, columns)).toList();
  }

  /**
   * The cells as {@code String.split(",", columns)} would give them: cells past the last column
   * joined back with commas. The rule tables document their last column (a source citation) as "may
   * contain commas", unquoted; bureaus' copies written that way stay readable (a quoted last column
   * reads as well).
   */
  public static List<String> restInLast(List<String> cells, int columns) {
    if (cells.size() <= columns) {
      return cells;
    }
    List<String> out = new ArrayList<>(cells.subList(0, columns - 1));
    out.add(String.join(",", cells.subList(columns - 1, cells.size())));
    return out;
  }

  private static List<List<String>> read(ObjectReader reader, String text) {
    String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    try (MappingIterator<List<String>> records = reader.readValues(body)) {
      return records.readAll();
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not readable as CSV: " + e.getOriginalMessage(), e);
    }
  }
}
