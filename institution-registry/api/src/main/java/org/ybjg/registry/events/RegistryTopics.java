package org.ybjg.registry.events;

/** Topics the institution registry publishes. */
public final class RegistryTopics {
  /**
   * Compacted, keyed by institution id: the latest message is the institution's full current state.
   */
  public static final String INSTITUTIONS = "registry.institutions.v1";

  private RegistryTopics() {}
}
