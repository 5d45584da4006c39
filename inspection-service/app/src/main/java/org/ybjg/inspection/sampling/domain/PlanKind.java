package org.ybjg.inspection.sampling.domain;

import org.ybjg.inspection.common.domain.Coded;

/** What a sampling plan is for (seed 000 §(三), seed 002). */
public enum PlanKind implements Coded {
  RANDOM("双随机抽查"),
  RECHECK("抽查复查"),
  FLIGHT("飞行检查");

  private final String label;

  PlanKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
