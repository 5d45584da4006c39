package org.ybjg.cases.tipoff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tip-off reward: yuan, approved then paid, with how the amount was computed. */
public record Reward(BigDecimal amount, RewardStatus status, String rule, LocalDate paidOn) {

  public Reward paid(LocalDate on) {
    return new Reward(amount, RewardStatus.PAID, rule, on);
  }
}
