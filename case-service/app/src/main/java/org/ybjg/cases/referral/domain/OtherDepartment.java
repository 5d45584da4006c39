package org.ybjg.cases.referral.domain;

/** Departments whose matters a case may touch (seed 003 §五(三), seed 001 §12). */
public enum OtherDepartment {
  HEALTH,
  MARKET
}
