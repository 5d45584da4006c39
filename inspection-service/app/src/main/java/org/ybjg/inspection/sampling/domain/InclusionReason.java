package org.ybjg.inspection.sampling.domain;

import org.ybjg.inspection.common.domain.Coded;

/**
 * Why an institution is drawn whatever the lot says (吕医保发〔2021〕36号 §(三): tip-offs; 承医保发〔2019〕2号 §9:
 * repeat offenders).
 */
public enum InclusionReason implements Coded {
  TIP_OFF("举报线索"),
  REPEAT_OFFENDER("屡查屡犯"),
  MONITORING_LEAD("智能监控线索"),
  OTHER("其他");

  private final String label;

  InclusionReason(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
