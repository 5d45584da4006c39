package org.ybjg.inspection.events;

/** Topics the inspection service publishes. */
public final class InspectionTopics {
  /** Keyed by institution id, so one institution's inspection history stays in order. */
  public static final String EVENTS = "inspection.events.v1";

  private InspectionTopics() {}
}
