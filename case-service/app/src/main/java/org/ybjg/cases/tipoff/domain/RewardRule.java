package org.ybjg.cases.tipoff.domain;

import java.math.BigDecimal;
import org.ybjg.chassis.domain.Yuan;

/**
 * The tip-off reward rule (docs/law.md#credit-and-rewards, 《违法违规使用医疗保障基金举报奖励办法》 2022): a percentage
 * of the verified amount, at least {@code min} and at most {@code max} yuan (¥200 and ¥200,000 by
 * default; ratio and bounds to confirm, so they are configuration).
 */
public record RewardRule(BigDecimal ratio, BigDecimal min, BigDecimal max) {

  public RewardRule {
    if (ratio == null
        || ratio.signum() <= 0
        || min == null
        || max == null
        || min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "a reward rule needs a positive ratio and bounds min ≤ max");
    }
  }

  public Reward rewardFor(BigDecimal verifiedAmount) {
    BigDecimal raw = Yuan.rounded(verifiedAmount.multiply(ratio));
    BigDecimal amount = Yuan.exact(raw.max(min).min(max));
    String rule =
        "查实金额"
            + verifiedAmount.toPlainString()
            + "元 × "
            + ratio.stripTrailingZeros().toPlainString()
            + " = "
            + raw.toPlainString()
            + "元，最低"
            + min.toPlainString()
            + "元、最高"
            + max.toPlainString()
            + "元(《违法违规使用医疗保障基金举报奖励办法》，比例与上下限可配置)，核定"
            + amount.toPlainString()
            + "元";
    return new Reward(amount, RewardStatus.APPROVED, rule, null);
  }
}
