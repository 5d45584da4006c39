package org.ybjg.chassis.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day a calendar names: a holiday or an adjusted working day, with the festival it belongs to
 * (e.g. 国庆节) and the document it comes from.
 *
 * @param source the notice (e.g. 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）) or, for a statutory
 *     holiday of a year without a notice, 《全国年节及纪念日放假办法》
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name.strip();
    source = source == null ? "" : source.strip();
  }
}
