package org.ybjg.registry.institution.domain;

/**
 * Public versus private/individual: decides where a case is referred (docs/domain.md#cases, 移送).
 */
public enum Ownership {
  PUBLIC("公立"),
  PRIVATE("民营/个体");

  private final String label;

  Ownership(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
