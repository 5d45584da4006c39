package org.ybjg.registry.history;

import java.util.List;

/**
 * Contributes entries to an institution's history. Implement it as a Spring bean in any feature
 * package (filing, evaluation, credit...); the institution feature's {@code InstitutionHistory}
 * merges every source's entries with the institution's own changes in time order. The institution's
 * existence and the caller's region are checked before any source is asked, so a source only looks
 * up its own records.
 */
public interface HistorySource {

  /** This source's entries for the institution, in any order; empty if there are none. */
  List<HistoryEntryView> entriesFor(String institutionId);
}
