package org.ybjg.cases.events;

/** Topics the case service publishes. */
public final class CaseTopics {
  /** Keyed by institution id, so one institution's case history stays in order. */
  public static final String EVENTS = "case.events.v1";

  private CaseTopics() {}
}
