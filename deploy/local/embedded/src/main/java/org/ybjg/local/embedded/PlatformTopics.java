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
  public static final String DEAD_LETTER_SUFFIX = ".DLT";
  public static final int PARTITIONS = 3;

  private static final List<String> EVENT_TOPICS =
      List.of(REGISTRY_INSTITUTIONS, INSPECTION_EVENTS, CASE_EVENTS);

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
   * Only the registry topic is compacted: it carries each institution's full current state. Its
   * dead-letter topic is not, because compaction would drop earlier failed records of the same
   * institution.
   */
  public static Set<String> compacted() {
    return Set.of(REGISTRY_INSTITUTIONS);
  }
}
