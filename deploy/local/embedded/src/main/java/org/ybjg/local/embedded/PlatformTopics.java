package org.ybjg.local.embedded;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's Kafka topics (conventions: each publisher's versioned topic plus its dead-letter
 * topic).
 */
public final class PlatformTopics {

  public static final String REGISTRY_INSTITUTIONS = "registry.institutions.v1";
  public static final String INSPECTION_EVENTS = "inspection.events.v1";
  public static final String CASE_EVENTS = "case.events.v1";

  /** The working-day calendar, one record per year (key = year), read by every service. */
  public static final String CASE_CALENDAR = "case.calendar.v1";

  public static final String DEAD_LETTER_SUFFIX = ".DLT";
  public static final int PARTITIONS = 3;

  private static final List<String> EVENT_TOPICS =
      List.of(REGISTRY_INSTITUTIONS, INSPECTION_EVENTS, CASE_EVENTS, CASE_CALENDAR);

  private PlatformTopics() {}

  public static String deadLetterTopicOf(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }

  /**
   * Every topic and its dead-letter topic, in a stable order, with {@link #PARTITIONS} partitions
   * each.
   */
  public static Map<String, Integer> partitionsByTopic() {
    Map<String, Integer> partitions = new LinkedHashMap<>();
    for (String topic : EVENT_TOPICS) {
      partitions.put(topic, PARTITIONS);
      partitions.put(deadLetterTopicOf(topic), PARTITIONS);
    }
    return Collections.unmodifiableMap(partitions);
  }

  /**
   * The registry topic and the calendar are compacted: they carry each institution's (each year's)
   * full current state. Their dead-letter topics are not, because compaction would drop earlier
   * failed records of the same key.
   */
  public static Set<String> compacted() {
    return Set.of(REGISTRY_INSTITUTIONS, CASE_CALENDAR);
  }
}
