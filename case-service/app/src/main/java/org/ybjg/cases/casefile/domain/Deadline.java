package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;

/**
 * The statutory deadline pending on a case: the step, its last day (inclusive), and whether its
 * passing has been announced ({@code case.overdue.v1} goes out once per step and due date).
 */
public record Deadline(DeadlineStep step, LocalDate due, Boolean reported) {

  public Deadline {
    if (step == null || due == null) {
      throw new IllegalArgumentException("a deadline needs its step and due date");
    }
    reported = reported != null && reported;
  }

  public static Deadline of(DeadlineStep step, LocalDate due) {
    return new Deadline(step, due, false);
  }

  /** Overdue once its last day has passed. */
  public boolean isOverdueOn(LocalDate today) {
    return today.isAfter(due);
  }

  public Deadline announced() {
    return new Deadline(step, due, true);
  }
}
