package org.ybjg.local.platform.demo;

import java.time.Duration;

/**
 * What the demo loader did.
 *
 * @param institutionsBefore the registry's total before loading; not 0 means the load was skipped
 * @param institutions outcome of the institution POSTs
 * @param inspectors outcome of the inspector POSTs
 * @param duration time spent
 */
public record DemoLoadReport(
    long institutionsBefore, Outcome institutions, Outcome inspectors, Duration duration) {

  /**
   * @param created 201 Created
   * @param alreadyPresent 409 Conflict: the national code exists (an earlier, interrupted load)
   * @param failed any other answer, or not sent because too many failed
   */
  public record Outcome(int created, int alreadyPresent, int failed) {

    public static final Outcome NONE = new Outcome(0, 0, 0);
  }

  public static DemoLoadReport skipped(long institutionsBefore, Duration duration) {
    return new DemoLoadReport(institutionsBefore, Outcome.NONE, Outcome.NONE, duration);
  }

  public boolean skipped() {
    return institutionsBefore > 0;
  }

  public boolean complete() {
    return institutions.failed() == 0 && inspectors.failed() == 0;
  }
}
