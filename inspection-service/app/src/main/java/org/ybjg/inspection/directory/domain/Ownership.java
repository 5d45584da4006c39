package org.ybjg.inspection.directory.domain;

import org.ybjg.inspection.common.domain.Coded;

/** Public versus private/individual ownership: decides where a case is referred. */
public enum Ownership implements Coded {
  PUBLIC("公立"),
  PRIVATE("民营/个体");

  private final String label;

  Ownership(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
