package org.ybjg.inspection.sampling.domain;

import org.ybjg.inspection.common.domain.Coded;

/**
 * An inspection task is assigned by the draw and concluded by a finding or a written conclusion.
 */
public enum TaskStatus implements Coded {
  ASSIGNED("已分派"),
  CONCLUDED("已办结");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
