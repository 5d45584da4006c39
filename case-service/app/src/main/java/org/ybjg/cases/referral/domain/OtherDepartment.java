package org.ybjg.cases.referral.domain;

/** Departments whose matters a case may touch (黄医保（2024）1号 §五(三), 承医保发〔2019〕2号 §12). */
public enum OtherDepartment {
  HEALTH,
  MARKET
}
