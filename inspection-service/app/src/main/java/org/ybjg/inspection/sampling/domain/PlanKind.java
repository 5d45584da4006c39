package org.ybjg.inspection.sampling.domain;

import org.ybjg.inspection.common.domain.Coded;

/** What a sampling plan is for (吕医保发〔2021〕36号 §(三), 2023年度省级飞行检查工作方案). */
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
