package org.ybjg.cases.decision.domain;

/** How an article sets its fine. */
public enum FineBasis {
  /** 按造成损失(骗取)金额的倍数: fineMin/fineMax are multiples of the loss. */
  LOSS_MULTIPLE,
  /** 固定金额区间: fineMin/fineMax are yuan. */
  FIXED_RANGE
}
