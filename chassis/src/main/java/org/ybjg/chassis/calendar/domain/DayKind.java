package org.ybjg.chassis.calendar.domain;

/** What a row of a holiday notice says about a day. */
public enum DayKind {
  /** 放假 (a weekday off: a statutory holiday or a day moved to bridge one). */
  HOLIDAY("放假"),
  /** 调休上班 (a weekend day worked to bridge a holiday). */
  WORKDAY("调休上班");

  private final String label;

  DayKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
