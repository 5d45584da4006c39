package org.ybjg.cases.points.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.chassis.csv.CsvRecords;

/**
 * The province's points table for 医保医师 and other billing staff (医保发〔2024〕23号: 驾照式记分): which tier of
 * points a decision proposes for the staff it names, from the institution's violation (article
 * applied, violation class, improper amount). Data, not code: loaded at start-up from a CSV a
 * province replaces without a release; every row names its source and whether it is confirmed. The
 * first matching row wins, so a table lists its heavier rows first.
 */
public final class PointsTable {

  /** Columns of the CSV, in order; {@code source} comes last so that it may contain commas. */
  public static final String HEADER =
      "minPoints,maxPoints,article,category,minAmount,toConfirm,source";

  private final List<PointsRow> rows;

  public PointsTable(List<PointsRow> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the points table has no row");
    }
    PointsRow last = rows.get(rows.size() - 1);
    if (last.article() != null || last.category() != null || last.minAmount() != null) {
      // every decision naming staff must get a tier: a table ends with a row matching anything
      throw new IllegalArgumentException("the points table's last row must match any violation");
    }
    this.rows = List.copyOf(rows);
  }

  /** Reads the table: the header {@value #HEADER}, then rows; {@code #} lines are comments. */
  public static PointsTable fromCsv(List<String> lines) {
    List<PointsRow> rows = new ArrayList<>();
    for (List<String> cells : CsvRecords.tableRows(lines, HEADER, "points table")) {
      if (cells.size() != 7) {
        throw new IllegalArgumentException(
            "points row has not 7 columns: " + String.join(",", cells));
      }
      rows.add(
          new PointsRow(
              Integer.parseInt(cells.get(0).strip()),
              Integer.parseInt(cells.get(1).strip()),
              blankToNull(cells.get(2)),
              blankToNull(cells.get(3)) == null
                  ? null
                  : FindingCategory.valueOf(cells.get(3).strip()),
              blankToNull(cells.get(4)) == null ? null : new BigDecimal(cells.get(4).strip()),
              Boolean.parseBoolean(cells.get(5).strip()),
              cells.get(6).strip()));
    }
    return new PointsTable(rows);
  }

  /**
   * The row for a decision applying {@code article} (null: none) to a case of {@code category} with
   * {@code improperAmount}.
   *
   * @throws IllegalStateException when no row matches (a table must end with a catch-all row)
   */
  public PointsRow tierFor(String article, FindingCategory category, BigDecimal improperAmount) {
    return rows.stream()
        .filter(row -> row.matches(article, category, improperAmount))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the points table has no row for article "
                        + article
                        + ", "
                        + category
                        + ", "
                        + improperAmount));
  }

  public List<PointsRow> all() {
    return rows;
  }

  private static String blankToNull(String cell) {
    return cell == null || cell.isBlank() ? null : cell.strip();
  }
}
