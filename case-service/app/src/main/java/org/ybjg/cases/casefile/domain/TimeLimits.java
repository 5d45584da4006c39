package org.ybjg.cases.casefile.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ybjg.chassis.calendar.domain.TimeUnit;
import org.ybjg.chassis.csv.CsvRecords;

/**
 * The time-limit table (docs/law.md §2; data, not code). Every {@link LimitKey} must have its row.
 */
public final class TimeLimits {

  public static final String HEADER = "limit,amount,unit,toConfirm,source";

  private final Map<LimitKey, TimeLimit> byKey = new EnumMap<>(LimitKey.class);

  public TimeLimits(List<TimeLimit> limits) {
    for (TimeLimit limit : limits) {
      if (byKey.put(limit.key(), limit) != null) {
        throw new IllegalArgumentException("the time-limit table names " + limit.key() + " twice");
      }
    }
    for (LimitKey key : LimitKey.values()) {
      if (!byKey.containsKey(key)) {
        throw new IllegalArgumentException("the time-limit table lacks " + key);
      }
    }
  }

  public static TimeLimits fromCsv(List<String> lines) {
    List<TimeLimit> limits = new ArrayList<>();
    for (List<String> cells : CsvRecords.tableRows(lines, HEADER, "the time-limit table")) {
      if (cells.size() != 5) {
        throw new IllegalArgumentException(
            "time-limit row has not 5 columns: " + String.join(",", cells));
      }
      limits.add(
          new TimeLimit(
              LimitKey.valueOf(cells.get(0).strip()),
              Integer.parseInt(cells.get(1).strip()),
              TimeUnit.valueOf(cells.get(2).strip()),
              Boolean.parseBoolean(cells.get(3).strip()),
              cells.get(4).strip()));
    }
    return new TimeLimits(limits);
  }

  public TimeLimit get(LimitKey key) {
    return byKey.get(key);
  }

  public List<TimeLimit> all() {
    return List.copyOf(byKey.values());
  }
}
