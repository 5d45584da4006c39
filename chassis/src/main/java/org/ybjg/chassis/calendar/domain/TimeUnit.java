package org.ybjg.chassis.calendar.domain;

/** How a statutory period counts. */
public enum TimeUnit {
  /** 工作日: weekends and statutory holidays skipped, adjusted working days (调休) counted. */
  WORKING_DAYS("工作日"),
  /** 自然日: every day counts; a period ending on a non-working day ends on the next working day. */
  CALENDAR_DAYS("自然日");

  private final String label;

  TimeUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
