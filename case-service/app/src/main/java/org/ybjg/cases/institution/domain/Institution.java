package org.ybjg.cases.institution.domain;

/**
 * What the case service keeps of a designated institution, replicated from the registry's {@code
 * registry.institution-changed.v1} messages: only what a case needs (name, ownership, county). The
 * registry numbers each institution's states; the replica keeps the highest version it has seen, so
 * a redelivered or late older message changes nothing.
 */
public record Institution(
    String id, long version, String name, Ownership ownership, String countyCode) {

  public Institution {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an institution needs its id");
    }
    if (ownership == null) {
      throw new IllegalArgumentException("institution " + id + " needs its ownership");
    }
  }
}
