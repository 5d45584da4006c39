package org.ybjg.cases.decision.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.cases.casefile.domain.MeasureKind;
import org.ybjg.chassis.csv.CsvRecords;
import org.ybjg.chassis.domain.Refusal;

/**
 * The measure rule table (docs/law.md: legal parameters are data, not code). Loaded at start-up
 * from a CSV file that a bureau can correct or localise without a release; each row names its
 * source. It checks the measures an officer orders and works out their periods.
 */
public final class MeasureRules {

  /** Columns of the CSV, in order; {@code source} comes last so that it may contain commas. */
  public static final String HEADER = "kind,minMonths,maxMonths,articles,toConfirm,source";

  private final Map<MeasureKind, MeasureRule> byKind = new EnumMap<>(MeasureKind.class);

  public MeasureRules(List<MeasureRule> rules) {
    for (MeasureRule rule : rules) {
      if (byKind.put(rule.kind(), rule) != null) {
        throw new IllegalArgumentException("measure rule table names " + rule.kind() + " twice");
      }
    }
  }

  /**
   * Reads the table: a header line {@value #HEADER}, then one row per measure kind; empty lines and
   * lines starting with {@code #} are comments. Articles are separated by {@code ;} (e.g. {@code
   * 38;40}).
   */
  public static MeasureRules fromCsv(List<String> lines) {
    List<MeasureRule> rules = new ArrayList<>();
    for (List<String> cells : CsvRecords.tableRows(lines, HEADER, "measure rule table")) {
      if (cells.size() != 6) {
        throw new IllegalArgumentException(
            "measure rule row has not 6 columns: " + String.join(",", cells));
      }
      rules.add(
          new MeasureRule(
              MeasureKind.valueOf(cells.get(0).strip()),
              optionalInt(cells.get(1)),
              optionalInt(cells.get(2)),
              String.join(", ", cells.get(3).strip().split("\\s*;\\s*")),
              cells.get(5).strip(),
              Boolean.parseBoolean(cells.get(4).strip())));
    }
    return new MeasureRules(rules);
  }

  private static Integer optionalInt(String cell) {
    return cell.isBlank() ? null : Integer.valueOf(cell.strip());
  }

  public Optional<MeasureRule> rule(MeasureKind kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  public List<MeasureRule> all() {
    return List.copyOf(byKind.values());
  }

  /**
   * Checks every order against the table; the first that breaks a rule refuses the whole decision.
   */
  public List<Measure> check(List<MeasureOrder> orders) {
    List<Measure> measures = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      measures.add(check(orders.get(i), "measures[" + i + "]"));
    }
    boolean terminates =
        measures.stream().anyMatch(m -> m.kind() == MeasureKind.TERMINATE_AGREEMENT);
    if (terminates && measures.size() > 1) {
      throw Refusal.rule(
          "termination-with-other-measures",
          "measures",
          "a termination of the service agreement ends it: it cannot go with other agreement measures");
    }
    return measures;
  }

  private Measure check(MeasureOrder order, String field) {
    MeasureKind kind = order.kind();
    MeasureRule rule =
        rule(kind)
            .orElseThrow(
                () ->
                    Refusal.rule(
                        "measure-not-in-rule-table",
                        field + ".kind",
                        kind + " (" + kind.label() + ") is not in the measure rule table"));
    List<String> departments = departments(order.departments(), field + ".departments");
    if (!rule.hasPeriod()) {
      if (order.months() != null) {
        throw Refusal.rule(
            "measure-has-no-period",
            field + ".months",
            "a " + kind.label() + " has no period in months (" + rule.citation() + ")");
      }
      if (!departments.isEmpty()) {
        throw Refusal.rule(
            "measure-has-no-departments",
            field + ".departments",
            "a " + kind.label() + " applies to the whole agreement, not to departments");
      }
      return new Measure(kind, null, order.from(), null, List.of());
    }
    Integer months = order.months();
    if (months == null) {
      throw Refusal.rule(
          "measure-months-missing",
          field + ".months",
          "a "
              + kind.label()
              + " needs its length: "
              + rule.minMonths()
              + " to "
              + rule.maxMonths()
              + " months ("
              + rule.citation()
              + ")");
    }
    if (months < rule.minMonths() || months > rule.maxMonths()) {
      throw Refusal.rule(
          "measure-months-out-of-range",
          field + ".months",
          "a "
              + kind.label()
              + " lasts "
              + rule.minMonths()
              + " to "
              + rule.maxMonths()
              + " months ("
              + rule.citation()
              + "), not "
              + months,
          kind.label(),
          rule.minMonths(),
          rule.maxMonths(),
          rule.citation(),
          months);
    }
    if (order.from() == null) {
      throw Refusal.rule(
          "measure-start-missing", field + ".from", "a " + kind.label() + " needs its first day");
    }
    return new Measure(
        kind, months, order.from(), Measure.lastDayOf(order.from(), months), departments);
  }

  private static List<String> departments(List<String> requested, String field) {
    Set<String> departments = new LinkedHashSet<>();
    for (String department : requested) {
      String name = department == null ? "" : department.strip();
      if (name.isEmpty()) {
        throw Refusal.rule("department-blank", field, "a department needs its name");
      }
      departments.add(name);
    }
    return List.copyOf(departments);
  }
}
