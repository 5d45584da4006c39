package org.ybjg.inspection.ceremony.domain;

import java.time.Instant;

/**
 * An official who entered digits in a ceremony, in the recorded order.
 *
 * @param role the official's office where the ceremony records it (a sampling draw does, a
 *     cross-check does not)
 * @param at when the entry was recorded; null before the ceremony records it
 */
public record Official(String name, String role, String digits, Instant at) {

  /** An official as entered, before the ceremony records role-less entries. */
  public Official(String name, String digits) {
    this(name, null, digits, null);
  }
}
